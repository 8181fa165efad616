package dev.docgen.api.spi;

import java.util.List;
import java.util.Map;

/**
 * Says how close a request that names no kind of document is to each kind, from a few example
 * requests per kind. The offline interpreter asks it only when the request does not name its kind;
 * the closest kind wins when it is close enough, else a generic document is written. Implementations
 * are deterministic and thread-safe, and are found with {@link java.util.ServiceLoader}: the one with
 * the highest {@link #priority()} is used.
 */
public interface KindClassifier {
  /** A stable id such as {@code "minilm"}. */
  String id();

  /** The version of the classifier and its model, reported in each artifact's provenance. */
  String version();

  /** Higher wins when several are on the class path. */
  default int priority() {
    return 0;
  }

  /**
   * The similarity of {@code request} to each kind, from 0 (unrelated) to 1 (a paraphrase of one of
   * its examples). Kinds with no examples may be left out.
   *
   * @param examples example requests by kind id; the same map on every call of one catalogue
   */
  Map<String, Double> similarities(String request, Map<String, List<String>> examples);

  /** The similarity from which a kind is taken as recognised; below it the document is generic. */
  double threshold();
}
