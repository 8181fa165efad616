package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The format-neutral content of a document: metadata, theme and an ordered list of sections. This
 * is the contract with renderers, LLMs and users who render a spec directly; its JSON form is
 * described by {@code document-spec.schema.json}.
 */
public record DocumentSpec(Metadata metadata, Theme theme, List<Section> sections) {
  public DocumentSpec {
    requireNonNull(metadata, "metadata");
    theme = theme == null ? Theme.DEFAULT : theme;
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  public static Builder builder(Metadata metadata) {
    return new Builder(metadata);
  }

  // Reports, proposals, plans and the like have a Contents page; a memo, a letter, an agenda or an invoice never does.
  // A spec without a kind (one written by hand) is judged by its length alone.
  private static final java.util.regex.Pattern LONG_FORM = java.util.regex.Pattern.compile(
      "|(?:.+-)?(?:report|proposal|plan|policy|sop|case|doc|charter|syllabus|summary|comparison|reference|"
          + "review|register|specification|handbook|manual|strategy|guide|assessment|analysis|study|forecast)");

  /**
   * Whether the document is long enough for a table of contents: four or more sections and about
   * two pages of content (blocks, with every four table rows counting as one). A memo, a letter or
   * a one-page credit note reads better without one.
   */
  public boolean wantsContents() {
    if (sections.size() < 4 || !LONG_FORM.matcher(metadata.documentType()).matches()) {
      return false;
    }
    int[] weight = {0};
    forEachBlock(b -> weight[0] += 1 + (b instanceof Table t ? t.rows().size() / 4 : 0));
    return weight[0] >= 16;
  }

  /** Every section, depth first, in reading order. */
  public List<Section> allSections() {
    List<Section> out = new ArrayList<>();
    sections.forEach(s -> collect(s, out));
    return out;
  }

  private static void collect(Section s, List<Section> out) {
    out.add(s);
    s.subsections().forEach(c -> collect(c, out));
  }

  /** Visits every block of every section, depth first. */
  public void forEachBlock(Consumer<Block> visitor) {
    allSections().forEach(s -> s.blocks().forEach(visitor));
  }

  /** A pre-filled builder. */
  public Builder toBuilder() {
    Builder b = new Builder(metadata).theme(theme);
    sections.forEach(b::section);
    return b;
  }

  /** Collects sections. */
  public static final class Builder {
    private Metadata metadata;
    private Theme theme = Theme.DEFAULT;
    private final List<Section> sections = new ArrayList<>();

    private Builder(Metadata metadata) {
      this.metadata = metadata;
    }

    public Builder metadata(Metadata metadata) {
      this.metadata = metadata;
      return this;
    }

    public Builder theme(Theme theme) {
      this.theme = theme;
      return this;
    }

    public Builder section(Section section) {
      sections.add(section);
      return this;
    }

    public DocumentSpec build() {
      return new DocumentSpec(metadata, theme, sections);
    }
  }
}
