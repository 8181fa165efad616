package dev.docgen.xlsx.internal;

import dev.docgen.api.model.Metadata;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a workbook sheet by sheet: each sheet is streamed into the zip as it is produced, its
 * tables, drawing and charts follow it, and the workbook, styles, properties and content types are
 * written on close. Sheet names are made valid and unique; table names likewise.
 */
public final class WorkbookWriter implements AutoCloseable {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final int MAX_SHEET_NAME = 31;
  /** The format id Office gives every user-defined custom property. */
  private static final String CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

  /** A table (ListObject) on a sheet. */
  public record TableInfo(int id, String name, String ref, String filterRef, List<String> columns,
      List<String> totalsLabels, List<String> totalsFormulas, int headerRow) {}

  private final Zip zip;
  private final Styles styles;
  private final Metadata metadata;
  private final Instant created;
  private final Map<String, String> custom;
  private final List<String> sheets = new ArrayList<>();
  private final List<String> printTitles = new ArrayList<>();
  private final Set<String> tableNames = new HashSet<>();
  private final List<String> reserved = new ArrayList<>();
  private SheetWriter open;
  private Xml openXml;
  private int tables;
  private int drawings;
  private int charts;

  public WorkbookWriter(OutputStream out, Metadata metadata, Instant created, int level, Styles styles) {
    this(out, metadata, created, Map.of(), level, styles);
  }

  /**
   * A workbook whose docProps/custom.xml holds {@code custom} as string properties, in key order;
   * with none, no such part is written.
   */
  public WorkbookWriter(OutputStream out, Metadata metadata, Instant created, Map<String, String> custom, int level,
      Styles styles) {
    for (String name : custom.keySet()) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a custom document property needs a name");
      }
    }
    this.custom = new TreeMap<>(custom);
    this.zip = new Zip(out, created, level);
    this.metadata = metadata;
    this.created = created.truncatedTo(ChronoUnit.SECONDS);
    this.styles = styles;
  }

  public Styles styles() {
    return styles;
  }

  public Metadata metadata() {
    return metadata;
  }

  /** Starts the next sheet, finishing the one before; the name is cleaned and made unique. */
  public SheetWriter sheet(String wantedName, SheetWriter.Setup setup) {
    finishOpen();
    String name = reserved.remove(wantedName) ? wantedName : uniqueSheetName(wantedName);
    sheets.add(name);
    printTitles.add("");
    int index = sheets.size() - 1;
    openXml = zip.openPart("xl/worksheets/sheet" + (index + 1) + ".xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    open = new SheetWriter(this, openXml, index, setup);
    return open;
  }

  String sheetName(int index) {
    return sheets.get(index);
  }

  /** Repeats rows {@code first..last} (1-based) at the top of every printed page of the sheet. */
  public void printTitles(SheetWriter sheet, int first, int last) {
    printTitles.set(sheet.index(), Refs.sheet(sheet.name()) + "!$" + first + ":$" + last);
  }

  /** Registers a table over {@code ref}; the header row must hold exactly {@code columns}. */
  public TableInfo table(SheetWriter sheet, String wantedName, String ref, String filterRef, List<String> columns,
      List<String> totalsLabels, List<String> totalsFormulas, int headerRow) {
    TableInfo t = new TableInfo(++tables, uniqueTableName(wantedName), ref, filterRef, columns, totalsLabels,
        totalsFormulas, headerRow);
    sheet.table(t);
    return t;
  }

  private void finishOpen() {
    if (open == null) {
      return;
    }
    SheetWriter s = open;
    s.finish();
    zip.closePart(openXml);
    open = null;
    int sheetNo = s.index() + 1;
    List<String> rels = new ArrayList<>();
    if (!s.charts().isEmpty()) {
      int d = ++drawings;
      rels.add(rel("../drawings/drawing" + d + ".xml", REL + "/drawing"));
      writeDrawing(d, s.charts());
    }
    for (TableInfo t : s.tables()) {
      rels.add(rel("../tables/table" + t.id() + ".xml", REL + "/table"));
      writeTable(t);
    }
    if (!rels.isEmpty()) {
      zip.part("xl/worksheets/_rels/sheet" + sheetNo + ".xml.rels", null, x -> rels(x, rels));
    }
  }

  private static String rel(String target, String type) {
    return target + "\u0000" + type;
  }

  private static void rels(Xml x, List<String> rels) {
    x.raw("<Relationships xmlns=\"").raw(PKG_REL).raw("\">");
    for (int i = 0; i < rels.size(); i++) {
      String[] r = rels.get(i).split("\u0000");
      x.raw("<Relationship Id=\"rId").raw(i + 1).raw("\" Type=\"").raw(r[1]).raw("\" Target=\"").text(r[0]).raw("\"/>");
    }
    x.raw("</Relationships>");
  }

  private void writeTable(TableInfo t) {
    zip.part("xl/tables/table" + t.id() + ".xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml", x -> {
          boolean totals = t.totalsLabels() != null;
          x.raw("<table xmlns=\"").raw(MAIN).raw("\" id=\"").raw(t.id()).raw("\" name=\"").text(t.name())
              .raw("\" displayName=\"").text(t.name()).raw("\" ref=\"").raw(t.ref()).raw('"');
          if (totals) {
            x.raw(" totalsRowCount=\"1\"");
          }
          x.raw("><autoFilter ref=\"").raw(t.filterRef()).raw("\"/><tableColumns count=\"").raw(t.columns().size())
              .raw("\">");
          for (int c = 0; c < t.columns().size(); c++) {
            x.raw("<tableColumn id=\"").raw(c + 1).raw("\" name=\"").text(t.columns().get(c)).raw('"');
            String label = totals ? t.totalsLabels().get(c) : null;
            String formula = totals ? t.totalsFormulas().get(c) : null;
            if (label != null && !label.isEmpty()) {
              x.raw(" totalsRowLabel=\"").text(label).raw("\"/>");
            } else if (formula != null && !formula.isEmpty()) {
              x.raw(" totalsRowFunction=\"custom\"><totalsRowFormula>").text(formula)
                  .raw("</totalsRowFormula></tableColumn>");
            } else {
              x.raw("/>");
            }
          }
          x.raw("</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" ")
              .raw("showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>");
        });
  }

  private void writeDrawing(int d, List<ChartXml.Placed> placed) {
    List<String> rels = new ArrayList<>();
    zip.part("xl/drawings/drawing" + d + ".xml", "application/vnd.openxmlformats-officedocument.drawing+xml", x -> {
      x.raw("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" ")
          .raw("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">");
      for (int i = 0; i < placed.size(); i++) {
        ChartXml.Placed p = placed.get(i);
        x.raw("<xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>").raw(p.col())
            .raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").raw(p.row())
            .raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").raw(p.col() + p.cols())
            .raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").raw(p.row() + p.rows())
            .raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>")
            .raw("<xdr:cNvPr id=\"").raw(i + 2).raw("\" name=\"Chart ").raw(i + 1).raw("\" descr=\"")
            .text(p.chart().title()).raw("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
            .raw("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>")
            .raw("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
            .raw("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"").raw(REL)
            .raw("\" r:id=\"rId").raw(i + 1).raw("\"/></a:graphicData></a:graphic></xdr:graphicFrame>")
            .raw("<xdr:clientData/></xdr:twoCellAnchor>");
      }
      x.raw("</xdr:wsDr>");
    });
    for (ChartXml.Placed p : placed) {
      int c = ++charts;
      rels.add(rel("../charts/chart" + c + ".xml", REL + "/chart"));
      zip.part("xl/charts/chart" + c + ".xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
          p.chart()::write);
    }
    zip.part("xl/drawings/_rels/drawing" + d + ".xml.rels", null, x -> rels(x, rels));
  }

  /** Finishes the last sheet and writes the workbook parts; the caller's stream stays open. */
  @Override
  public void close() {
    finishOpen();
    if (sheets.isEmpty()) {
      sheet("Sheet1", new SheetWriter.Setup());
      finishOpen();
    }
    zip.part("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", x -> {
      x.raw("<workbook xmlns=\"").raw(MAIN).raw("\" xmlns:r=\"").raw(REL).raw("\">")
          .raw("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
      for (int i = 0; i < sheets.size(); i++) {
        x.raw("<sheet name=\"").text(sheets.get(i)).raw("\" sheetId=\"").raw(i + 1).raw("\" r:id=\"rId").raw(i + 1)
            .raw("\"/>");
      }
      x.raw("</sheets>");
      if (printTitles.stream().anyMatch(p -> !p.isEmpty())) {
        x.raw("<definedNames>");
        for (int i = 0; i < printTitles.size(); i++) {
          if (!printTitles.get(i).isEmpty()) {
            x.raw("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").raw(i).raw("\">").text(printTitles.get(i))
                .raw("</definedName>");
          }
        }
        x.raw("</definedNames>");
      }
      x.raw("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>");
    });
    List<String> rels = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      rels.add(rel("worksheets/sheet" + (i + 1) + ".xml", REL + "/worksheet"));
    }
    rels.add(rel("styles.xml", REL + "/styles"));
    zip.part("xl/_rels/workbook.xml.rels", null, x -> rels(x, rels));
    zip.part("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", styles::write);
    writeProperties();
    List<String> packageRels = new ArrayList<>(List.of(
        rel("xl/workbook.xml", REL + "/officeDocument"),
        rel("docProps/core.xml", PKG_REL + "/metadata/core-properties"),
        rel("docProps/app.xml", REL + "/extended-properties")));
    if (!custom.isEmpty()) {
      packageRels.add(rel("docProps/custom.xml", REL + "/custom-properties"));
    }
    zip.part("_rels/.rels", null, x -> rels(x, packageRels));
    zip.close();
  }

  private void writeProperties() {
    String when = DateTimeFormatter.ISO_INSTANT.format(created);
    zip.part("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", x -> {
      x.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
          .raw("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
          .raw("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
          .raw("<dc:title>").text(metadata.title()).raw("</dc:title>");
      if (!metadata.subject().isEmpty()) {
        x.raw("<dc:subject>").text(metadata.subject()).raw("</dc:subject>");
      }
      if (!metadata.author().isEmpty()) {
        x.raw("<dc:creator>").text(metadata.author()).raw("</dc:creator>");
      }
      if (!metadata.keywords().isEmpty()) {
        x.raw("<cp:keywords>").text(String.join(", ", metadata.keywords())).raw("</cp:keywords>");
      }
      if (!metadata.subtitle().isEmpty()) {
        x.raw("<dc:description>").text(metadata.subtitle()).raw("</dc:description>");
      }
      if (!metadata.documentType().isEmpty()) {
        x.raw("<cp:category>").text(metadata.documentType()).raw("</cp:category>");
      }
      x.raw("<dc:language>").text(metadata.locale()).raw("</dc:language>")
          .raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(when).raw("</dcterms:created>")
          .raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(when).raw("</dcterms:modified>")
          .raw("</cp:coreProperties>");
    });
    zip.part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", x -> {
      x.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" ")
          .raw("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
          .raw("<Application>docgen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
          .raw("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>")
          .raw("</vt:variant><vt:variant><vt:i4>").raw(sheets.size()).raw("</vt:i4></vt:variant></vt:vector></HeadingPairs>")
          .raw("<TitlesOfParts><vt:vector size=\"").raw(sheets.size()).raw("\" baseType=\"lpstr\">");
      sheets.forEach(s -> x.raw("<vt:lpstr>").text(s).raw("</vt:lpstr>"));
      x.raw("</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>");
    });
    if (!custom.isEmpty()) {
      zip.part("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
          this::writeCustomProperties);
    }
  }

  /** User-defined properties as text, numbered from pid 2 (0 and 1 are reserved) in key order. */
  private void writeCustomProperties(Xml x) {
    x.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" ")
        .raw("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
    int pid = 2;
    for (Map.Entry<String, String> e : custom.entrySet()) {
      x.raw("<property fmtid=\"").raw(CUSTOM_FMTID).raw("\" pid=\"").raw(pid++).raw("\" name=\"").text(e.getKey())
          .raw("\"><vt:lpwstr>").text(e.getValue() == null ? "" : e.getValue()).raw("</vt:lpwstr></property>");
    }
    x.raw("</Properties>");
  }

  /**
   * A valid, unique sheet name: none of {@code []:*?/\}, no leading or trailing apostrophe, at
   * most 31 characters, not "History" (reserved by Excel), unique without regard to case.
   */
  public String uniqueSheetName(String wanted) {
    String base = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ")
        .trim();
    while (base.startsWith("'") || base.endsWith("'")) {
      base = base.startsWith("'") ? base.substring(1) : base.substring(0, base.length() - 1);
      base = base.trim();
    }
    if (base.isEmpty()) {
      base = "Sheet" + (sheets.size() + 1);
    }
    if (base.equalsIgnoreCase("History")) {
      base = "History data";
    }
    base = cut(base, MAX_SHEET_NAME);
    String name = base;
    for (int n = 2; taken(name); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    return name;
  }

  /** Decides a sheet's name ahead of writing it (to link to it); pass the result to {@link #sheet}. */
  public String reserve(String wanted) {
    String name = uniqueSheetName(wanted);
    reserved.add(name);
    return name;
  }

  private boolean taken(String name) {
    return sheets.stream().anyMatch(s -> s.equalsIgnoreCase(name)) || reserved.stream().anyMatch(s -> s.equalsIgnoreCase(name));
  }

  private static String cut(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    String cut = s.substring(0, s.offsetByCodePoints(0, max));
    int space = cut.lastIndexOf(' ');
    boolean midWord = !Character.isWhitespace(s.charAt(cut.length()));
    return (midWord && space >= max - 12 ? cut.substring(0, space) : cut).trim();
  }

  /** A table name Excel accepts: letters, digits and underscores, starting with a letter, not a cell reference. */
  private String uniqueTableName(String wanted) {
    StringBuilder b = new StringBuilder();
    for (String word : wanted.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    String base = b.length() == 0 ? "Table" : "tbl" + b;
    base = base.length() > 60 ? base.substring(0, 60) : base;
    if (base.matches("(?i)[a-z]{1,3}\\d+|r\\d*c\\d*")) {
      base = base + "_"; // "tbl2027" would read as cell TBL2027
    }
    String name = base;
    for (int n = 2; !tableNames.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "_" + n;
    }
    return name;
  }
}
