package dev.docgen.api.job;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/** Jobs submitted together, in their order; each is also a job of its own. */
public record Batch(String id, String owner, List<String> jobIds, Instant createdAt) {
  public Batch {
    requireNonNull(id, "id");
    requireNonNull(owner, "owner");
    jobIds = List.copyOf(jobIds);
    requireNonNull(createdAt, "createdAt");
    if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("a batch id is 1 to 64 letters, digits, '-' or '_': " + id);
    }
  }
}
