package dev.docgen.core.job;

import dev.docgen.api.job.Job;

/** Told when a job ends (succeeded, failed or cancelled), with its final record: for logs and notifications. */
@FunctionalInterface
public interface JobListener {
  void finished(Job job);
}
