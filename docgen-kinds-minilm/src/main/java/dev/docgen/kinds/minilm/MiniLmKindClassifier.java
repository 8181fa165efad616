package dev.docgen.kinds.minilm;

import dev.docgen.api.spi.KindClassifier;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link KindClassifier} over all-MiniLM-L6-v2 (quantised) sentence embeddings: the request is
 * embedded and compared by cosine with each example request of the catalogue, the closest example
 * deciding each kind's similarity. The model loads on first use (about a second), the examples are
 * embedded once per text, and each request then costs a few milliseconds. Thread-safe.
 */
public final class MiniLmKindClassifier implements KindClassifier {
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private volatile EmbeddingModel model;

  @Override
  public String id() {
    return "minilm";
  }

  @Override
  public String version() {
    return "all-minilm-l6-v2-q-1";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public double threshold() {
    return 0.45;
  }

  @Override
  public Map<String, Double> similarities(String request, Map<String, List<String>> examples) {
    float[] q = embed(request);
    Map<String, Double> out = new LinkedHashMap<>();
    examples.forEach((kind, list) -> {
      double best = 0;
      for (String e : list) {
        best = Math.max(best, dot(q, vectors.computeIfAbsent(e, this::embed)));
      }
      out.put(kind, best);
    });
    return out;
  }

  private float[] embed(String text) {
    float[] v = model().embed(text).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] * scale;
    }
    return unit;
  }

  private EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        m = model;
      }
    }
    return m;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
