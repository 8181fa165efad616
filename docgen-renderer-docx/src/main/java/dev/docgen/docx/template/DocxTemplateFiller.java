package dev.docgen.docx.template;

import static java.util.Objects.requireNonNull;

import dev.docgen.api.template.ParsedTemplate;
import dev.docgen.api.template.TemplateFiller;

/**
 * Fills DOCX templates: values with formatters, loops over paragraphs, table rows and runs,
 * conditions with else, images, in the body, tables, headers and footers, with tags split across
 * runs by Word put back together. See {@code docs/templates.md}.
 */
public final class DocxTemplateFiller implements TemplateFiller {
  @Override
  public String id() {
    return "docx";
  }

  @Override
  public ParsedTemplate parse(byte[] template) {
    requireNonNull(template, "template");
    return new DocxTemplate(template);
  }
}
