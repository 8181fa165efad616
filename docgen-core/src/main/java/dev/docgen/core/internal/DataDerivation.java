package dev.docgen.core.internal;

import dev.docgen.api.DerivedFigure;
import dev.docgen.api.DocumentIntent;
import dev.docgen.api.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's door to derived figures: the request's data with the figures its kind derives added as columns,
 * and every figure the document states about the data with its working, for the {@code QualityReport}.
 */
public final class DataDerivation {
  private DataDerivation() {}

  /** {@code data} with the columns {@code intent}'s kind derives (commission, net flow, closing balance …). */
  public static Dataset derive(DocumentIntent intent, Dataset data) {
    return KindCatalogue.builtIn().byId(intent.documentType())
        .map(kind -> Derivations.apply(kind, data, intent.prompt(), intent.facts().language()).data())
        .orElse(data);
  }

  /**
   * Every figure derived from {@code data} (already {@link #derive derived}) with its working: the kind's derived
   * columns, row by row and in total, and the answers to what the request asks of the data.
   */
  public static List<DerivedFigure> figures(DocumentIntent intent, Dataset data) {
    String lang = intent.facts().language();
    List<DerivedFigure> out = new ArrayList<>();
    KindCatalogue.builtIn().byId(intent.documentType())
        .ifPresent(kind -> out.addAll(Derivations.apply(kind, data, intent.prompt(), lang).figures()));
    data.mainTable().map(TableProfile::of).flatMap(p -> DataAnswers.of(intent.prompt(), p, lang)).ifPresent(a -> {
      for (DataAnswers.Figure f : a.figures()) {
        String formula = f.working().contains(": ") ? f.working().substring(0, f.working().indexOf(": ")) : f.working();
        out.add(new DerivedFigure(f.id(), f.label(), f.value(), formula, f.working()));
      }
    });
    return List.copyOf(out);
  }
}
