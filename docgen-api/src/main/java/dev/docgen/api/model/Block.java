package dev.docgen.api.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One piece of a section's body. Every renderer maps every block type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = BulletList.class, name = "bulletList"),
  @JsonSubTypes.Type(value = NumberedList.class, name = "numberedList"),
  @JsonSubTypes.Type(value = Table.class, name = "table"),
  @JsonSubTypes.Type(value = Chart.class, name = "chart"),
  @JsonSubTypes.Type(value = Image.class, name = "image"),
  @JsonSubTypes.Type(value = KeyValue.class, name = "keyValue"),
  @JsonSubTypes.Type(value = Callout.class, name = "callout"),
  @JsonSubTypes.Type(value = PageBreak.class, name = "pageBreak")
})
public sealed interface Block
    permits Paragraph, BulletList, NumberedList, Table, Chart, Image, KeyValue, Callout, PageBreak {}
