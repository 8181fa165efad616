package dev.docgen.xlsx.template;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateFiller;

/**
 * Fills XLSX templates: values in cells (numbers stay numbers), and row blocks that repeat per
 * item with formulas, merged cells, conditional formats, tables, chart ranges and print areas
 * moved to match. See {@code docs/templates.md}.
 */
public final class XlsxTemplateFiller implements TemplateFiller {
  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public ParsedTemplate parse(byte[] template) {
    requireNonNull(template, "template");
    return new XlsxTemplate(template);
  }
}
