package dev.docgen.api.job;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.Finding;
import java.util.List;

/**
 * What a succeeded job made: the file's name and type, its size and sha256 (the artifact's bytes are
 * in the {@link ArtifactStore}), and its quality score and findings.
 */
public record JobResult(String fileName, String mediaType, long size, String sha256, double qualityScore,
    List<Finding> findings) {
  public JobResult {
    requireNonNull(fileName, "fileName");
    requireNonNull(mediaType, "mediaType");
    requireNonNull(sha256, "sha256");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
