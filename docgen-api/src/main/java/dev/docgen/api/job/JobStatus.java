package dev.docgen.api.job;

/** Where a job is in its life: queued, processing, then one of the three ends. */
public enum JobStatus {
  QUEUED, PROCESSING, SUCCEEDED, FAILED, CANCELLED;

  /** Whether the job has ended: succeeded, failed or cancelled. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /** The lower-case name used over HTTP and in logs: {@code queued}, {@code succeeded}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
