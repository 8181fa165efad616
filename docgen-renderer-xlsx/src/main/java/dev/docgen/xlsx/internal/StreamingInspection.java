package dev.docgen.xlsx.internal;

import static dev.docgen.xlsx.internal.SheetReader.MAIN;
import static dev.docgen.xlsx.internal.SheetReader.REL;

import dev.docgen.api.Finding;
import dev.docgen.api.spi.Inspection;
import dev.docgen.xlsx.internal.SheetReader.RawCell;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SharedFormula;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX inspection without POI's in-memory model: the package is read with {@code java.util.zip}
 * and StAX, each sheet's XML in one pass, and the result is the same {@link Inspection} as
 * {@code XlsxInspector}'s POI path (same text, headings, counts and findings, in the same order).
 *
 * <p>Tables and charts are read before the cells, so the pass keeps only what the checks need:
 * each table's header and totals rows, a running sum and count per column of each table's data
 * rows, and for each range a chart reads, which of its cells hold something. A totals formula
 * over some other range costs a second pass over that sheet. Cell text is formatted as POI's
 * {@link DataFormatter} would, and cell semantics (types, styles, shared strings, rich text,
 * formulas, duplicate cells) follow POI's XSSF classes, which the equivalence tests hold it to.
 *
 * <p>{@link #inspect} throws where the package is broken ({@link Unreadable}, or any I/O or XML
 * error) or uses something this reader does not mirror ({@link Unsupported}); the caller then
 * falls back to POI where that is affordable.
 */
public final class StreamingInspection {
  /** The package uses a feature this reader does not reproduce exactly (the file may be fine). */
  public static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what);
    }
  }

  /** The package is broken where POI would fail as well. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String what) {
      super(what);
    }
  }

  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE_DOCUMENT = REL + "/officeDocument";
  private static final String WORKSHEET = REL + "/worksheet";
  private static final String CHARTSHEET = REL + "/chartsheet";
  private static final String STYLES = REL + "/styles";
  private static final String SHARED_STRINGS = REL + "/sharedStrings";
  private static final String TABLE = REL + "/table";
  private static final String DRAWING = REL + "/drawing";
  private static final String CHART = REL + "/chart";
  /** As in XlsxInspector: the totals formulas whose cached values are checked. */
  private static final Pattern SUBTOTAL = Pattern.compile(
      "SUBTOTAL\\((109|101),\\$?([A-Z]+)\\$?(\\d+):\\$?([A-Z]+)\\$?(\\d+)\\)");
  /** A prefix that {@code <(?:\w+:)?f>} accepts. */
  private static final Pattern PREFIX = Pattern.compile("\\w*");
  /** Cells of chart ranges tracked at most (one bit each). */
  private static final long MAX_WATCHED = 1L << 28;
  private static final int NUMBER_CACHE = 1 << 12;
  private static final BigDecimal TOLERANCE_FLOOR = new BigDecimal("0.005");
  private static final BigDecimal RELATIVE = new BigDecimal("1e-9");

  /** A relationship: id, type, and the target part's name (null for an external target). */
  private record Rel(String id, String type, String target) {}

  /** What the checks need of a cell style (as XlsxInspector's StyleFacts). */
  private record Facts(short format, String formatString, boolean heading) {}

  private record Xf(long numFmtId, boolean fontIdSet, long fontId, long xfId) {}

  private record Font(boolean bold, double size) {}

  /** A cell of a header or totals row, as far as the table check needs it. */
  private record Kept(int col, CellType type, String string, String formula, CellType cached, String v) {}

  /** Running sum and count of the numeric cells of one column over rows {@code from..to} (0-based). */
  private static final class RangeSum {
    final int col;
    final int from;
    final int to;
    BigDecimal sum = BigDecimal.ZERO;
    int n;

    RangeSum(int col, int from, int to) {
      this.col = col;
      this.from = from;
      this.to = to;
    }
  }

  /** An Excel table on a sheet. */
  private static final class Table {
    String name;
    String ref;
    int totalsRowCount;
    List<String> columns;
    int startRow;
    int startCol;
    int endRow;
    int endCol;
    /** One per column of the table, over its data rows; null without a totals row. */
    RangeSum[] sums;
  }

  /** Which cells of a range that a chart reads hold something; set while the target sheet is read. */
  private static final class Watch {
    final int minRow;
    final int maxRow;
    final int minCol;
    final int maxCol;
    final BitSet filled = new BitSet();

    Watch(int minRow, int maxRow, int minCol, int maxCol) {
      this.minRow = minRow;
      this.maxRow = maxRow;
      this.minCol = minCol;
      this.maxCol = maxCol;
    }

    long size() {
      return (long) (maxRow - minRow + 1) * (maxCol - minCol + 1);
    }
  }

  /** One {@code <f>} range of a chart, resolved before the cells are read. */
  private static final class ChartRef {
    String ref;
    AreaReference area;
    String sheetName;
    Sheet target;
    Watch watch;
  }

  private final class Sheet {
    final int index;
    final String name;
    final String relId;
    final String part;
    final List<Table> tables = new ArrayList<>();
    /** Charts by drawing relationship id; each chart is its list of ranges. */
    final Map<String, List<List<ChartRef>>> drawings = new HashMap<>();
    final Set<Integer> totalsRows = new HashSet<>();
    final Set<Integer> keptRows = new HashSet<>();
    final Map<Integer, List<Kept>> kept = new HashMap<>();
    final Map<Integer, List<RangeSum>> sumsByCol = new HashMap<>();
    final List<Watch> watches = new ArrayList<>();
    final List<Finding> tableFindings = new ArrayList<>();
    final List<Finding> formulaFindings = new ArrayList<>();
    SheetReader reader;

    Sheet(int index, String name, String relId, String part) {
      this.index = index;
      this.name = name;
      this.relId = relId;
      this.part = part;
    }
  }

  private final ZipParts zip;
  private final XMLInputFactory factory;
  private final DataFormatter formatter = new DataFormatter(Locale.UK);
  private final List<Sheet> sheets = new ArrayList<>();
  private final List<Xf> cellXfs = new ArrayList<>();
  private final List<Xf> cellStyleXfs = new ArrayList<>();
  private final List<Font> fonts = new ArrayList<>();
  private final Map<Short, String> numFmts = new HashMap<>();
  private final List<String> sharedStrings = new ArrayList<>();
  /**
   * The most text kept (16 M characters, 32 MB of heap): a huge workbook's cells are all checked, but
   * its text, which content checks search for the prompt's words, stops growing there.
   */
  static final int MAX_TEXT_CHARS = 16 << 20;
  private final StringBuilder text = new StringBuilder();
  private boolean textCut;
  /**
   * A number's text by style and value, direct-mapped and bounded: data repeats its values, and
   * DataFormatter costs about a microsecond a call.
   */
  private final long[] cachedValue = new long[NUMBER_CACHE];
  private final int[] cachedStyle = new int[NUMBER_CACHE];
  private final String[] cachedText = new String[NUMBER_CACHE];
  private final List<String> headings = new ArrayList<>();
  private Facts[] facts;
  private String workbookPart;
  private XSSFWorkbook formulaWorkbook;
  private XSSFEvaluationWorkbook formulaBook;

  private StreamingInspection(byte[] xlsx) throws IOException {
    this.zip = new ZipParts(xlsx);
    this.factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /**
   * Inspects a workbook as XlsxInspector's POI path does.
   *
   * @throws Unsupported where the package uses something not reproduced here
   * @throws Unreadable where the package is broken in a way POI would fail on too
   * @throws IOException where the zip is broken
   * @throws XMLStreamException where a part is not well-formed XML
   */
  public static Inspection inspect(byte[] xlsx) throws IOException, XMLStreamException {
    StreamingInspection s = new StreamingInspection(xlsx);
    try {
      return s.run();
    } finally {
      if (s.formulaWorkbook != null) {
        s.formulaWorkbook.close();
      }
    }
  }

  private Inspection run() throws IOException, XMLStreamException {
    readWorkbook();
    for (Sheet s : sheets) {
      readTables(s);
      readDrawings(s);
    }
    for (Sheet s : sheets) {
      for (List<List<ChartRef>> charts : s.drawings.values()) {
        charts.forEach(chart -> chart.forEach(ref -> resolve(s, ref)));
      }
    }
    int tables = 0;
    for (Sheet s : sheets) {
      readCells(s);
      checkTables(s);
      tables += s.tables.size();
    }
    List<Finding> findings = new ArrayList<>();
    int charts = 0;
    for (Sheet s : sheets) {
      findings.addAll(s.tableFindings);
      findings.addAll(s.formulaFindings);
      List<List<ChartRef>> drawing = s.reader.drawingId == null ? null : s.drawings.get(s.reader.drawingId);
      if (drawing != null) {
        for (List<ChartRef> chart : drawing) {
          charts++;
          checkChart(s, chart, findings);
        }
      }
    }
    if (headings.contains(null)) {
      throw new Unreadable("a heading cell without text"); // POI's path fails building its Inspection
    }
    if (textCut) {
      findings.add(Finding.info("xlsx.text-cut", "the workbook's text was kept up to " + (MAX_TEXT_CHARS >> 20)
          + " M characters; every cell was still checked", ""));
    }
    return new Inspection(text.toString(), headings, tables, charts, 0, findings);
  }

  // ---- package structure -------------------------------------------------------------------

  private void readWorkbook() throws IOException, XMLStreamException {
    for (Rel r : rels("")) {
      if (r.type().equals(OFFICE_DOCUMENT) && r.target() != null) {
        workbookPart = r.target();
        break;
      }
    }
    if (workbookPart == null || !zip.has(workbookPart)) {
      throw new Unsupported("a package without a (transitional) officeDocument relationship");
    }
    Map<String, Rel> rels = new HashMap<>();
    String styles = null;
    String strings = null;
    for (Rel r : rels(workbookPart)) {
      rels.put(r.id(), r);
      if (r.target() == null || !zip.has(r.target())) {
        continue;
      }
      if (r.type().equals(STYLES)) {
        styles = r.target();
      } else if (r.type().equals(SHARED_STRINGS)) {
        strings = r.target();
      }
    }
    readStyles(styles);
    if (strings != null) {
      readSharedStrings(strings);
    }
    List<String[]> declared = new ArrayList<>();
    boolean sheetsElement = false;
    try (InputStream in = zip.open(workbookPart)) {
      XMLStreamReader r = reader(in);
      try {
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT && MAIN.equals(r.getNamespaceURI())) {
            if (r.getLocalName().equals("sheets")) {
              sheetsElement = true;
            } else if (r.getLocalName().equals("sheet")) {
              declared.add(new String[] {r.getAttributeValue(null, "name"), r.getAttributeValue(REL, "id")});
            }
          } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("workbook")) {
            throw new Unsupported("a workbook in namespace " + r.getNamespaceURI());
          }
        }
      } finally {
        r.close();
      }
    }
    if (!sheetsElement) {
      throw new Unreadable("Cannot read a workbook without sheets");
    }
    for (String[] d : declared) {
      Rel r = d[1] == null ? null : rels.get(d[1]);
      if (r == null || r.target() == null || !zip.has(r.target())) {
        continue; // POI skips a sheet whose part is missing
      }
      if (r.type().equals(CHARTSHEET)) {
        throw new Unsupported("a chart sheet");
      }
      if (!r.type().equals(WORKSHEET)) {
        continue;
      }
      if (d[0] == null) {
        throw new Unsupported("a sheet without a name");
      }
      sheets.add(new Sheet(sheets.size(), d[0], d[1], r.target()));
    }
  }

  /** The relationships of {@code part} ("" for the package), sorted by id as POI holds them. */
  private List<Rel> rels(String part) throws IOException, XMLStreamException {
    int slash = part.lastIndexOf('/');
    String relsPart = part.isEmpty() ? "_rels/.rels"
        : part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    TreeMap<String, Rel> out = new TreeMap<>();
    if (!zip.has(relsPart)) {
      return List.of();
    }
    try (InputStream in = zip.open(relsPart)) {
      XMLStreamReader r = reader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
              && PKG_REL.equals(r.getNamespaceURI())) {
            String id = r.getAttributeValue(null, "Id");
            String type = r.getAttributeValue(null, "Type");
            String target = r.getAttributeValue(null, "Target");
            boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
            if (id != null && type != null && target != null) {
              out.put(id, new Rel(id, type, external ? null : resolve(part, target))); // POI keeps the last
            }
          }
        }
      } finally {
        r.close();
      }
    }
    return new ArrayList<>(out.values());
  }

  /** A relationship target as a part name: relative to the source part's folder, or absolute. */
  private static String resolve(String source, String target) {
    try {
      URI base = new URI(null, null, "/" + source, null);
      URI resolved = base.resolve(new URI(target.replace(" ", "%20")));
      String path = resolved.getPath();
      if (path == null) {
        return null;
      }
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new Unreadable("invalid relationship target " + target);
    }
  }

  /** A reader for a small part; like POI's XML options, it refuses a DOCTYPE. */
  private XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return factory.createFilteredReader(factory.createXMLStreamReader(in), r -> {
      if (r.getEventType() == XMLStreamConstants.DTD) {
        throw new Unreadable("a part with a DOCTYPE declaration");
      }
      return true;
    });
  }

  private void readStyles(String part) throws IOException, XMLStreamException {
    if (part == null) {
      // POI gives a workbook without styles a new table: one default font, format and style.
      fonts.add(new Font(false, 11));
      cellXfs.add(new Xf(0, true, 0, 0));
      cellStyleXfs.add(new Xf(0, true, 0, 0));
      facts = new Facts[1];
      return;
    }
    try (InputStream in = zip.open(part)) {
      XMLStreamReader r = reader(in);
      try {
        int depth = 0;
        String section = null;
        boolean bold = false;
        boolean boldSeen = false;
        double size = 0;
        boolean sizeSeen = false;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            depth++;
            boolean main = MAIN.equals(r.getNamespaceURI());
            String name = r.getLocalName();
            if (depth == 2) {
              section = main ? name : null;
            } else if (!main) {
              continue;
            } else if (depth == 3 && "numFmts".equals(section) && name.equals("numFmt")) {
              numFmts.put((short) unsigned(r.getAttributeValue(null, "numFmtId")),
                  r.getAttributeValue(null, "formatCode"));
            } else if (depth == 3 && "fonts".equals(section) && name.equals("font")) {
              bold = false;
              boldSeen = false;
              size = 0;
              sizeSeen = false;
            } else if (depth == 4 && "fonts".equals(section) && name.equals("b") && !boldSeen) {
              boldSeen = true;
              bold = bool(r.getAttributeValue(null, "val"));
            } else if (depth == 4 && "fonts".equals(section) && name.equals("sz") && !sizeSeen) {
              sizeSeen = true;
              String val = r.getAttributeValue(null, "val");
              size = val == null ? 0 : xsdDouble(val);
            } else if (depth == 3 && name.equals("xf")
                && ("cellXfs".equals(section) || "cellStyleXfs".equals(section))) {
              String fontId = r.getAttributeValue(null, "fontId");
              Xf xf = new Xf(unsigned(r.getAttributeValue(null, "numFmtId")), fontId != null, unsigned(fontId),
                  unsigned(r.getAttributeValue(null, "xfId")));
              (section.equals("cellXfs") ? cellXfs : cellStyleXfs).add(xf);
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            if (depth == 3 && "fonts".equals(section) && MAIN.equals(r.getNamespaceURI())
                && r.getLocalName().equals("font")) {
              fonts.add(new Font(bold, size));
            }
            depth--;
          } else if (ev == XMLStreamConstants.DTD) {
            throw new Unreadable("styles with a DOCTYPE declaration");
          }
        }
      } finally {
        r.close();
      }
    }
    facts = new Facts[cellXfs.size()];
  }

  private static long unsigned(String s) {
    return s == null ? 0 : Long.parseLong(s.trim());
  }

  private static boolean bool(String s) {
    if (s == null) {
      return true; // CT_BooleanProperty's default
    }
    return switch (s.trim()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new Unreadable("invalid boolean " + s);
    };
  }

  private static double xsdDouble(String s) {
    return switch (s.trim()) {
      case "INF" -> Double.POSITIVE_INFINITY;
      case "-INF" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s.trim());
    };
  }

  private void readSharedStrings(String part) throws IOException, XMLStreamException {
    try (InputStream in = zip.open(part)) {
      XMLStreamReader r = reader(in);
      try {
        int depth = 0;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2 && r.getLocalName().equals("si") && MAIN.equals(r.getNamespaceURI())) {
              sharedStrings.add(SheetReader.richText(r));
              depth--;
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            depth--;
          } else if (ev == XMLStreamConstants.DTD) {
            throw new Unreadable("shared strings with a DOCTYPE declaration");
          }
        }
      } finally {
        r.close();
      }
    }
  }

  private void readTables(Sheet s) throws IOException, XMLStreamException {
    for (Rel rel : rels(s.part)) {
      if (!rel.type().equals(TABLE) || rel.target() == null || !zip.has(rel.target())) {
        continue;
      }
      Table t = new Table();
      List<String> columns = null;
      try (InputStream in = zip.open(rel.target())) {
        XMLStreamReader r = reader(in);
        try {
          int depth = 0;
          boolean inColumns = false;
          while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
              depth++;
              if (!MAIN.equals(r.getNamespaceURI())) {
                continue;
              }
              if (depth == 1 && r.getLocalName().equals("table")) {
                t.name = r.getAttributeValue(null, "name");
                t.ref = r.getAttributeValue(null, "ref");
                t.totalsRowCount = (int) unsigned(r.getAttributeValue(null, "totalsRowCount"));
              } else if (depth == 2 && r.getLocalName().equals("tableColumns") && columns == null) {
                columns = new ArrayList<>();
                inColumns = true;
              } else if (depth == 3 && inColumns && r.getLocalName().equals("tableColumn")) {
                columns.add(r.getAttributeValue(null, "name"));
              }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
              if (depth == 2) {
                inColumns = false;
              }
              depth--;
            }
          }
        } finally {
          r.close();
        }
      }
      if (columns == null || t.ref == null) {
        throw new Unreadable("table " + t.name + " without columns or a range");
      }
      t.columns = columns;
      String[] bounds = t.ref.split(":", 2);
      CellReference start = new CellReference(bounds[0]);
      CellReference end = new CellReference(bounds.length == 2 ? bounds[1] : bounds[0]);
      t.startRow = start.getRow();
      t.startCol = start.getCol();
      t.endRow = end.getRow();
      t.endCol = end.getCol();
      s.tables.add(t);
      s.keptRows.add(t.startRow);
      if (t.totalsRowCount > 0) {
        s.totalsRows.add(t.endRow);
        s.keptRows.add(t.endRow);
        t.sums = new RangeSum[Math.max(0, t.endCol - t.startCol + 1)];
        for (int c = t.startCol; c <= t.endCol; c++) {
          RangeSum sum = new RangeSum(c, t.startRow + 1, t.endRow - 1);
          t.sums[c - t.startCol] = sum;
          s.sumsByCol.computeIfAbsent(c, k -> new ArrayList<>()).add(sum);
        }
      }
    }
  }

  private void readDrawings(Sheet s) throws IOException, XMLStreamException {
    for (Rel rel : rels(s.part)) {
      if (!rel.type().equals(DRAWING) || rel.target() == null || !zip.has(rel.target())) {
        continue;
      }
      List<List<ChartRef>> charts = new ArrayList<>();
      for (Rel chart : rels(rel.target())) {
        if (chart.type().equals(CHART) && chart.target() != null && zip.has(chart.target())) {
          charts.add(chartRanges(chart.target()));
        }
      }
      s.drawings.put(rel.id(), charts);
    }
  }

  /**
   * The ranges a chart reads: what POI's path finds with {@code <(?:\w+:)?f>([^<]+)</(?:\w+:)?f>}
   * in the chart's XML as XMLBeans writes it back (text-only {@code f} elements without attributes,
   * '&lt;' left escaped, other entities read).
   */
  private List<ChartRef> chartRanges(String part) throws IOException, XMLStreamException {
    List<ChartRef> refs = new ArrayList<>();
    try (InputStream in = zip.open(part)) {
      XMLStreamReader r = reader(in);
      try {
        StringBuilder open = null;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String prefix = r.getPrefix();
            open = r.getLocalName().equals("f") && r.getAttributeCount() == 0
                && PREFIX.matcher(prefix == null ? "" : prefix).matches() ? new StringBuilder() : null;
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            if (open != null && open.length() > 0) {
              ChartRef ref = new ChartRef();
              ref.ref = escaped(open.toString());
              refs.add(ref);
            }
            open = null;
          } else if (open != null && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
              || ev == XMLStreamConstants.SPACE)) {
            open.append(r.getText());
          } else if (ev == XMLStreamConstants.DTD) {
            throw new Unreadable("a chart with a DOCTYPE declaration");
          }
        }
      } finally {
        r.close();
      }
    }
    return refs;
  }

  /** The range as written; carriage returns and "]]>" cannot occur in a range, '<' can in a sheet name. */
  private static String escaped(String s) {
    return s;
  }

  /** Parses a chart range and arranges for its cells to be watched on the sheet it names. */
  private void resolve(Sheet on, ChartRef ref) {
    try {
      ref.area = new AreaReference(ref.ref, SpreadsheetVersion.EXCEL2007);
    } catch (IllegalArgumentException e) {
      ref.area = null; // reported as an invalid range
      return;
    }
    ref.sheetName = ref.area.getFirstCell().getSheetName();
    ref.target = ref.sheetName == null ? on : sheet(ref.sheetName);
    if (ref.target == null) {
      return;
    }
    CellReference a = ref.area.getFirstCell();
    CellReference b = ref.area.getLastCell();
    Watch w = new Watch(Math.min(a.getRow(), b.getRow()), Math.max(a.getRow(), b.getRow()),
        Math.min(a.getCol(), b.getCol()), Math.max(a.getCol(), b.getCol()));
    long watched = w.size();
    for (Sheet s : sheets) {
      for (Watch other : s.watches) {
        watched += other.size();
      }
    }
    if (watched > MAX_WATCHED) {
      throw new Unsupported("chart ranges of more than " + MAX_WATCHED + " cells");
    }
    ref.watch = w;
    ref.target.watches.add(w);
  }

  /** XSSFWorkbook.getSheet: the first sheet whose name matches, ignoring case. */
  private Sheet sheet(String name) {
    for (Sheet s : sheets) {
      if (name.equalsIgnoreCase(s.name)) {
        return s;
      }
    }
    return null;
  }

  // ---- cells ---------------------------------------------------------------------------------

  private void readCells(Sheet s) throws IOException, XMLStreamException {
    headings.add(s.name);
    text.append(s.name).append('\n');
    s.reader = new SheetReader(factory);
    try (InputStream in = zip.open(s.part)) {
      s.reader.read(in, (row, cells, count) -> row(s, row, cells, count));
    }
  }

  private void row(Sheet s, int row, RawCell[] cells, int count) {
    boolean totalsRow = s.totalsRows.contains(row);
    List<Kept> kept = s.keptRows.contains(row) ? new ArrayList<>() : null;
    boolean watched = !s.watches.isEmpty();
    boolean summed = !s.sumsByCol.isEmpty();
    for (int i = 0; i < count; i++) {
      RawCell c = cells[i];
      int style = style(s, c);
      Facts f = facts(style);
      CellType type = c.formula ? CellType.FORMULA : baseType(c, true);
      CellType shown = c.formula ? baseType(c, false) : type;
      switch (shown) {
        case NUMERIC -> {
          double d = numeric(c);
          if (room()) {
            text.append(numberText(style, f, d)).append('\t');
          }
          if (summed && type == CellType.NUMERIC) {
            List<RangeSum> sums = s.sumsByCol.get(c.col);
            if (sums != null) {
              for (RangeSum sum : sums) {
                if (row >= sum.from && row <= sum.to) {
                  sum.sum = sum.sum.add(BigDecimal.valueOf(d));
                  sum.n++;
                }
              }
            }
          }
        }
        case STRING -> {
          if (room()) {
            text.append(string(c)).append('\t');
          }
        }
        case BOOLEAN -> {
          if (room()) {
            text.append(c.v != null && "1".equals(c.v)).append('\t');
          }
        }
        default -> { }
      }
      if (type == CellType.FORMULA && !totalsRow) {
        String where = where(s, row, c.col);
        s.formulaFindings.add(Finding.error("xlsx.unexpected-formula", "cell " + where
            + " holds a formula outside a totals row: " + formula(s, c, row), where));
      }
      if (f.heading() && type == CellType.STRING) {
        headings.add(string(c));
      }
      if (kept != null) {
        kept.add(new Kept(c.col, type, type == CellType.STRING ? string(c) : null,
            type == CellType.FORMULA && totalsRow ? formula(s, c, row) : null,
            c.formula ? baseType(c, false) : null, c.v));
      }
      if (watched) {
        for (Watch w : s.watches) {
          if (row >= w.minRow && row <= w.maxRow && c.col >= w.minCol && c.col <= w.maxCol) {
            int bit = (row - w.minRow) * (w.maxCol - w.minCol + 1) + (c.col - w.minCol);
            w.filled.set(bit, type != CellType.BLANK);
          }
        }
      }
    }
    if (room()) {
      text.append('\n');
    }
    if (kept != null) {
      s.kept.put(row, kept);
    }
  }

  /** Whether the text may still grow; the first refusal is noted once. */
  private boolean room() {
    if (text.length() < MAX_TEXT_CHARS) {
      return true;
    }
    textCut = true;
    return false;
  }

  /** As XlsxInspector's cellText for a number: the formatted value, a space, the plain value. */
  private String numberText(int style, Facts f, double d) {
    long bits = Double.doubleToRawLongBits(d);
    int slot = (int) (((bits ^ style) * 0x9E3779B97F4A7C15L) >>> 52);
    if (cachedStyle[slot] == style + 1 && cachedValue[slot] == bits) {
      return cachedText[slot];
    }
    String text = formatter.formatRawCellContents(d, f.format(), f.formatString()) + ' '
        + BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    cachedStyle[slot] = style + 1;
    cachedValue[slot] = bits;
    cachedText[slot] = text;
    return text;
  }

  /** XSSFCell's base type from {@code t=}; with {@code blankCells}, a number without a value is blank. */
  private static CellType baseType(RawCell c, boolean blankCells) {
    return switch (c.t) {
      case SheetReader.T_B -> CellType.BOOLEAN;
      case SheetReader.T_N -> c.v == null && blankCells ? CellType.BLANK : CellType.NUMERIC;
      case SheetReader.T_E -> CellType.ERROR;
      default -> CellType.STRING;
    };
  }

  /** XSSFCell.getNumericCellValue for a cell whose (cached) type is numeric. */
  private static double numeric(RawCell c) {
    if (c.v == null || c.v.isEmpty()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(c.v);
    } catch (NumberFormatException e) {
      throw new Unreadable("Cannot get a NUMERIC value from a STRING cell");
    }
  }

  /** XSSFCell.getStringCellValue for a cell whose (cached) type is a string. */
  private String string(RawCell c) {
    return switch (c.t) {
      case SheetReader.T_INLINE -> c.hasIs ? c.is : c.v != null ? SheetReader.utfDecode(c.v) : "";
      case SheetReader.T_STR -> c.v != null ? SheetReader.utfDecode(c.v) : "";
      default -> {
        if (c.v == null) {
          yield "";
        }
        try {
          yield sharedStrings.get(Integer.parseInt(c.v));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
          yield "";
        }
      }
    };
  }

  /** XSSFCell.getCellFormula: the cell's own formula, an array formula's, or a shared one rebuilt for the cell. */
  private String formula(Sheet s, RawCell c, int row) {
    SheetReader.ArrayFormula array = s.reader.arrays.isEmpty() ? null : s.reader.arrayAt(row, c.col);
    if (array != null && (!c.hasF || c.f.isEmpty())) {
      if (array.row() != array.range().getFirstRow() || array.col() != array.range().getFirstColumn()) {
        throw new Unsupported("an array formula declared away from its first cell");
      }
      return array.text();
    }
    if (!c.hasF) {
      return null;
    }
    if (c.fType == SheetReader.F_SHARED) {
      return sharedFormula(s, c, row);
    }
    return c.f;
  }

  /** XSSFCell.convertSharedFormula, against a workbook that holds this one's sheets, names and tables. */
  private String sharedFormula(Sheet s, RawCell c, int row) {
    SheetReader.Shared master = s.reader.shared.get(Math.toIntExact(c.si));
    if (master == null) {
      throw new Unsupported("a shared formula whose master cell is not read yet");
    }
    try {
      XSSFEvaluationWorkbook book = formulaBook();
      CellRangeAddress range = CellRangeAddress.valueOf(master.ref());
      Ptg[] ptgs = FormulaParser.parse(master.text(), book, FormulaType.CELL, s.index, row);
      Ptg[] shifted = new SharedFormula(SpreadsheetVersion.EXCEL2007).convertSharedFormulas(ptgs,
          row - range.getFirstRow(), c.col - range.getFirstColumn());
      return FormulaRenderer.toFormulaString(book, shifted);
    } catch (IOException | RuntimeException e) {
      throw new Unsupported("a shared formula that cannot be rebuilt (" + e + ")");
    }
  }

  /**
   * A workbook for POI's formula parser: this package's workbook part (its sheets and defined
   * names) with empty sheets and the real tables, built the first time a shared formula is read.
   */
  private XSSFEvaluationWorkbook formulaBook() throws IOException {
    if (formulaBook != null) {
      return formulaBook;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String ct = "application/vnd.openxmlformats-officedocument.";
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(ct)
        .append("spreadsheetml.sheet.main+xml\"/>");
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      StringBuilder bookRels = new StringBuilder("<Relationships xmlns=\"").append(PKG_REL).append("\">");
      int table = 0;
      for (Sheet s : sheets) {
        String name = "xl/worksheets/sheet" + (s.index + 1) + ".xml";
        types.append("<Override PartName=\"/").append(name).append("\" ContentType=\"").append(ct)
            .append("spreadsheetml.worksheet+xml\"/>");
        bookRels.append("<Relationship Id=\"").append(xmlAttr(s.relId)).append("\" Type=\"").append(WORKSHEET)
            .append("\" Target=\"/").append(name).append("\"/>");
        put(z, name, "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>");
        StringBuilder sheetRels = new StringBuilder("<Relationships xmlns=\"").append(PKG_REL).append("\">");
        for (Rel rel : rels(s.part)) {
          if (rel.type().equals(TABLE) && rel.target() != null && zip.has(rel.target())) {
            String tableName = "xl/tables/table" + (++table) + ".xml";
            types.append("<Override PartName=\"/").append(tableName).append("\" ContentType=\"").append(ct)
                .append("spreadsheetml.table+xml\"/>");
            sheetRels.append("<Relationship Id=\"").append(xmlAttr(rel.id())).append("\" Type=\"").append(TABLE)
                .append("\" Target=\"/").append(tableName).append("\"/>");
            z.putNextEntry(new ZipEntry(tableName));
            z.write(zip.read(rel.target()));
            z.closeEntry();
          }
        }
        put(z, "xl/worksheets/_rels/sheet" + (s.index + 1) + ".xml.rels", sheetRels.append("</Relationships>")
            .toString());
      }
      put(z, "xl/_rels/workbook.xml.rels", bookRels.append("</Relationships>").toString());
      z.putNextEntry(new ZipEntry("xl/workbook.xml"));
      z.write(zip.read(workbookPart));
      z.closeEntry();
      put(z, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
          + OFFICE_DOCUMENT + "\" Target=\"/xl/workbook.xml\"/></Relationships>");
      put(z, "[Content_Types].xml", types.append("</Types>").toString());
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    formulaWorkbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    formulaBook = XSSFEvaluationWorkbook.create(formulaWorkbook);
    return formulaBook;
  }

  private static void put(ZipOutputStream z, String name, String xml) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(xml.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static String xmlAttr(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  /** The style POI gives the cell: its own, else its column's, else the first. */
  private int style(Sheet s, RawCell c) {
    int index;
    if (!cellXfs.isEmpty() && c.s >= 0 && c.s < cellXfs.size()) {
      index = c.s;
    } else {
      long column = s.reader.columnStyle(c.col);
      int style = column == -1 ? -1 : (int) column;
      index = (short) (style == -1 ? 0 : style);
      if (index < 0 || index >= cellXfs.size()) {
        throw new Unreadable("cell " + where(s, 0, c.col) + " has no style");
      }
    }
    return index;
  }

  /** XlsxInspector's style facts for a style. */
  private Facts facts(int index) {
    Facts f = facts[index];
    if (f == null) {
      Xf xf = cellXfs.get(index);
      short format = (short) xf.numFmtId();
      String formatString = numFmts.get(format);
      if (formatString == null) {
        formatString = BuiltinFormats.getBuiltinFormat(format);
      }
      int fontId;
      if (xf.fontIdSet()) {
        fontId = (int) xf.fontId();
      } else {
        int styleXf = xf.xfId() > 0 ? (int) xf.xfId() : 0;
        if (styleXf >= cellStyleXfs.size()) {
          throw new Unreadable("style " + index + " has no font");
        }
        fontId = (int) cellStyleXfs.get(styleXf).fontId();
      }
      if (fontId < 0 || fontId >= fonts.size()) {
        throw new Unreadable("style " + index + " names font " + fontId + " of " + fonts.size());
      }
      Font font = fonts.get(fontId);
      f = new Facts(format, formatString, font.bold() && (short) (int) font.size() >= 13);
      facts[index] = f;
    }
    return f;
  }

  // ---- checks --------------------------------------------------------------------------------

  private void checkTables(Sheet s) throws IOException, XMLStreamException {
    // Totals formulas over ranges other than their table's data rows need one more pass.
    Map<String, RangeSum> extra = new LinkedHashMap<>();
    for (Table t : s.tables) {
      for (Kept cell : totalsFormulas(s, t)) {
        Matcher m = SUBTOTAL.matcher(formulaText(cell).replace(" ", ""));
        if (m.matches() && predicted(t, m) == null) {
          int col = CellReference.convertColStringToIndex(m.group(2));
          int from = Integer.parseInt(m.group(3)) - 1;
          int to = Integer.parseInt(m.group(5)) - 1;
          extra.putIfAbsent(col + ":" + from + ":" + to, new RangeSum(col, from, to));
        }
      }
    }
    if (!extra.isEmpty()) {
      sumAgain(s, extra.values());
    }
    for (Table t : s.tables) {
      checkTable(s, t, extra);
    }
  }

  private static List<Kept> totalsFormulas(Sheet s, Table t) {
    List<Kept> out = new ArrayList<>();
    if (t.totalsRowCount == 0 || !s.kept.containsKey(t.endRow)) {
      return out;
    }
    for (Kept cell : s.kept.get(t.endRow)) {
      if (cell.type() == CellType.FORMULA) {
        out.add(cell);
      }
    }
    return out;
  }

  private static String formulaText(Kept cell) {
    if (cell.formula() == null) {
      throw new Unreadable("a formula cell without a formula");
    }
    return cell.formula();
  }

  /** The running sum kept for a SUBTOTAL range, when it is one of the table's columns over its data rows. */
  private static RangeSum predicted(Table t, Matcher m) {
    int col = CellReference.convertColStringToIndex(m.group(2));
    int from = Integer.parseInt(m.group(3)) - 1;
    int to = Integer.parseInt(m.group(5)) - 1;
    if (t.sums == null || col < t.startCol || col > t.endCol) {
      return null;
    }
    RangeSum sum = t.sums[col - t.startCol];
    return sum.from == from && sum.to == to ? sum : null;
  }

  /** A second pass over the sheet for totals over ranges that were not foreseen. */
  private void sumAgain(Sheet s, Iterable<RangeSum> sums) throws IOException, XMLStreamException {
    SheetReader reader = new SheetReader(factory);
    try (InputStream in = zip.open(s.part)) {
      reader.read(in, (row, cells, count) -> {
        for (int i = 0; i < count; i++) {
          RawCell c = cells[i];
          if (!c.formula && c.t == SheetReader.T_N && c.v != null) {
            for (RangeSum sum : sums) {
              if (sum.col == c.col && row >= sum.from && row <= sum.to) {
                sum.sum = sum.sum.add(BigDecimal.valueOf(numeric(c)));
                sum.n++;
              }
            }
          }
        }
      });
    }
  }

  /** XlsxInspector.checkTable over the kept rows and sums. */
  private void checkTable(Sheet s, Table t, Map<String, RangeSum> extra) {
    List<Kept> header = s.kept.get(t.startRow);
    for (int i = 0; i < t.columns.size(); i++) {
      int c = t.startCol + i;
      Kept cell = header == null ? null : find(header, c);
      String name = t.columns.get(i);
      if (cell != null && cell.type() == CellType.STRING && cell.string() == null) {
        throw new Unreadable("header cell without text"); // POI's path fails on it
      }
      if (cell == null || cell.type() != CellType.STRING || !cell.string().equals(name)) {
        s.tableFindings.add(Finding.error("xlsx.table-header", "table " + t.name + ": header cell "
            + new CellReference(t.startRow, c).formatAsString() + " does not read '" + name + "'", s.name));
      }
    }
    for (Kept cell : totalsFormulas(s, t)) {
      Matcher m = SUBTOTAL.matcher(formulaText(cell).replace(" ", ""));
      if (!m.matches()) {
        continue;
      }
      RangeSum range = predicted(t, m);
      if (range == null) {
        range = extra.get(CellReference.convertColStringToIndex(m.group(2)) + ":" + (Integer.parseInt(m.group(3)) - 1)
            + ":" + (Integer.parseInt(m.group(5)) - 1));
      }
      BigDecimal sum = range.sum;
      int n = range.n;
      BigDecimal expected = m.group(1).equals("101") && n > 0
          ? sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64) : sum;
      if (cell.cached() != CellType.NUMERIC) {
        throw new Unreadable("Cannot get a NUMERIC value from a " + cell.cached() + " cell");
      }
      RawCell probe = new RawCell();
      probe.v = cell.v();
      BigDecimal cached = BigDecimal.valueOf(numeric(probe));
      BigDecimal tolerance = expected.abs().multiply(RELATIVE).max(TOLERANCE_FLOOR);
      if (cached.subtract(expected).abs().compareTo(tolerance) > 0) {
        s.tableFindings.add(Finding.error("xlsx.total-mismatch", "table " + t.name + ": total in "
            + where(s, t.endRow, cell.col()) + " shows " + cached.toPlainString()
            + " but the cells it covers sum to " + expected.toPlainString(), s.name));
      }
    }
  }

  private static Kept find(List<Kept> row, int col) {
    for (Kept k : row) {
      if (k.col() == col) {
        return k;
      }
    }
    return null;
  }

  /** XlsxInspector.checkChart over the watched ranges. */
  private static void checkChart(Sheet s, List<ChartRef> refs, List<Finding> findings) {
    for (ChartRef ref : refs) {
      if (ref.area == null) {
        findings.add(Finding.error("xlsx.chart-range", "a chart on " + s.name + " has an invalid range " + ref.ref,
            s.name));
        continue;
      }
      if (ref.target == null) {
        findings.add(Finding.error("xlsx.chart-range", "a chart on " + s.name + " reads " + ref.ref
            + " but sheet '" + ref.sheetName + "' does not exist", s.name));
        continue;
      }
      Watch w = ref.watch;
      int width = w.maxCol - w.minCol + 1;
      long missing = w.filled.nextClearBit(0);
      if (missing < w.size()) {
        int row = w.minRow + (int) (missing / width);
        int col = w.minCol + (int) (missing % width);
        CellReference first = ref.area.getFirstCell();
        CellReference c = ref.area.isSingleCell() ? first
            : new CellReference(first.getSheetName(), row, col, first.isRowAbsolute(), first.isColAbsolute());
        findings.add(Finding.error("xlsx.chart-range", "a chart on " + s.name + " reads " + ref.ref + " but "
            + c.formatAsString() + " is empty", s.name));
      }
    }
    if (refs.isEmpty()) {
      findings.add(Finding.error("xlsx.chart-range", "a chart on " + s.name + " reads no cells", s.name));
    }
  }

  private static String where(Sheet s, int row, int col) {
    return "'" + s.name + "'!" + CellReference.convertNumToColString(col) + (row + 1);
  }
}
