package dev.docgen.core.job;

import dev.docgen.api.job.Batch;
import dev.docgen.api.job.Job;
import dev.docgen.api.job.JobStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A batch and where each of its jobs is, in the batch's order, with the counts by status. */
public record BatchStatus(Batch batch, List<Job> items) {
  public BatchStatus {
    items = List.copyOf(items);
  }

  /** How many jobs are in each status; every status is a key. */
  public Map<JobStatus, Integer> counts() {
    Map<JobStatus, Integer> out = new EnumMap<>(JobStatus.class);
    for (JobStatus s : JobStatus.values()) {
      out.put(s, 0);
    }
    items.forEach(j -> out.merge(j.status(), 1, Integer::sum));
    return out;
  }

  /** Whether every job has ended. */
  public boolean finished() {
    return items.stream().allMatch(j -> j.status().finished());
  }
}
