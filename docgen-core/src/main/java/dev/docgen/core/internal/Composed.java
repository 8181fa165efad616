package dev.docgen.core.internal;

import dev.docgen.api.model.Section;
import java.util.List;

/** What a composer wrote: the title (empty keeps the interpreter's) and the sections. */
record Composed(String title, List<Section> sections) {
  Composed {
    sections = List.copyOf(sections);
  }
}
