package dev.docgen.xlsx.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads one worksheet part in a single pass, the way POI's {@code XSSFSheet} sees it: rows in
 * order, each row's cells by column (a later duplicate replacing an earlier one, a cell without a
 * reference following the one before it), shared and array formulas registered as POI registers
 * them, and the column styles and drawing reference around the cell data. Only one row is held
 * at a time.
 */
final class SheetReader {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Cell types ({@code t=}). */
  static final byte T_N = 0;
  static final byte T_S = 1;
  static final byte T_STR = 2;
  static final byte T_INLINE = 3;
  static final byte T_B = 4;
  static final byte T_E = 5;
  /** Formula types ({@code <f t=>}). */
  static final byte F_NORMAL = 0;
  static final byte F_ARRAY = 1;
  static final byte F_DATA_TABLE = 2;
  static final byte F_SHARED = 3;

  private static final Pattern UTF = Pattern.compile("_x([0-9A-Fa-f]{4})_");
  private static final Comparator<RawCell> BY_COLUMN = Comparator.<RawCell>comparingInt(c -> c.col)
      .thenComparingInt(c -> c.order);

  /** One cell as the XML gives it; reused from row to row, so a consumer copies what it keeps. */
  static final class RawCell {
    int col;
    byte t;
    /** The {@code s} attribute, or -1 without one. */
    int s;
    /** The {@code <v>} text, or null without one. */
    String v;
    boolean hasIs;
    /** What the {@code <is>} rich text reads as (null when it has no text at all). */
    String is;
    boolean hasF;
    byte fType;
    String f;
    String fRef;
    long si;
    /** POI's {@code isFormulaCell()}: a formula of its own (not a data table), or inside an array formula. */
    boolean formula;
    int order;

    private void reset() {
      t = T_N;
      s = -1;
      v = null;
      hasIs = false;
      is = null;
      hasF = false;
      fType = F_NORMAL;
      f = null;
      fRef = null;
      si = 0;
      formula = false;
    }
  }

  /** Receives each row (0-based), its cells ascending by column. */
  interface RowSink {
    void row(int row, RawCell[] cells, int count);
  }

  /** A shared formula's master text and the range it covers (as POI narrows it). */
  record Shared(String text, String ref) {}

  /** An array formula: its range and the cell that declared it. */
  record ArrayFormula(CellRangeAddress range, int row, int col, String text) {}

  /** A {@code <col>} definition: 1-based min and max, and its style. */
  record Col(long min, long max, long style) {}

  private final XMLInputFactory factory;
  final Map<Integer, Shared> shared = new HashMap<>();
  final List<ArrayFormula> arrays = new ArrayList<>();
  final List<Col> cols = new ArrayList<>();
  String drawingId;
  private boolean sheetDataSeen;
  private RawCell[] cells = new RawCell[16];
  private int count;

  SheetReader(XMLInputFactory factory) {
    this.factory = factory;
  }

  /** Reads the whole part, handing each row to {@code sink} as it ends. */
  void read(InputStream in, RowSink sink) throws XMLStreamException {
    XMLStreamReader r = factory.createXMLStreamReader(in);
    try {
      int depth = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 1) {
            if (!"worksheet".equals(r.getLocalName()) || !MAIN.equals(r.getNamespaceURI())) {
              throw new StreamingInspection.Unsupported("a worksheet whose root is {" + r.getNamespaceURI() + "}"
                  + r.getLocalName());
            }
          } else if (depth == 2 && MAIN.equals(r.getNamespaceURI())) {
            switch (r.getLocalName()) {
              case "sheetData" -> {
                if (sheetDataSeen) {
                  throw new StreamingInspection.Unsupported("a worksheet with two sheetData elements");
                }
                sheetDataSeen = true;
                sheetData(r, sink);
                depth--;
              }
              case "cols" -> {
                if (sheetDataSeen) {
                  throw new StreamingInspection.Unsupported("column definitions after the cells");
                }
                cols(r);
                depth--;
              }
              case "drawing" -> {
                if (drawingId == null) {
                  drawingId = r.getAttributeValue(REL, "id");
                }
              }
              default -> {
                skip(r);
                depth--;
              }
            }
          } else if (depth == 2) {
            skip(r);
            depth--;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.DTD) {
          throw new StreamingInspection.Unreadable("a worksheet with a DOCTYPE declaration");
        }
      }
      if (!sheetDataSeen) {
        throw new StreamingInspection.Unreadable("a worksheet without sheetData");
      }
    } finally {
      r.close();
    }
  }

  /** The style of the column definition covering {@code col} (0-based): its style, or -1 without one. */
  long columnStyle(int col) {
    long c1 = col + 1L;
    for (Col c : cols) {
      if (c.min() <= c1 && c.max() >= c1) {
        return c.style();
      }
    }
    return -1;
  }

  /** Whether {@code (row, col)} lies in an array formula's range (POI's isCellInArrayFormulaContext). */
  boolean inArray(int row, int col) {
    for (ArrayFormula a : arrays) {
      if (a.range().isInRange(row, col)) {
        return true;
      }
    }
    return false;
  }

  /** The array formula whose range first holds {@code (row, col)}, or null. */
  ArrayFormula arrayAt(int row, int col) {
    for (ArrayFormula a : arrays) {
      if (a.range().isInRange(row, col)) {
        return a;
      }
    }
    return null;
  }

  private void cols(XMLStreamReader r) throws XMLStreamException {
    while (true) {
      if (!nextChild(r)) {
        break;
      }
      if ("col".equals(r.getLocalName()) && MAIN.equals(r.getNamespaceURI())) {
        String style = r.getAttributeValue(null, "style");
        Col c = new Col(unsigned(r.getAttributeValue(null, "min")), unsigned(r.getAttributeValue(null, "max")),
            style == null ? 0 : unsigned(style));
        for (Col other : cols) {
          if (c.min() <= other.max() && other.min() <= c.max()) {
            // POI splits and merges overlapping definitions; not mirrored here.
            throw new StreamingInspection.Unsupported("overlapping column definitions");
          }
        }
        cols.add(c);
      }
      skip(r);
    }
  }

  private static long unsigned(String s) {
    return s == null ? 0 : Long.parseLong(s.trim());
  }

  private void sheetData(XMLStreamReader r, RowSink sink) throws XMLStreamException {
    int last = -1;
    boolean any = false;
    while (true) {
      if (!nextChild(r)) {
        return;
      }
      if (!"row".equals(r.getLocalName()) || !MAIN.equals(r.getNamespaceURI())) {
        skip(r);
        continue;
      }
      String ref = r.getAttributeValue(null, "r");
      long number = ref == null ? (any ? last + 2L : 1L) : Long.parseLong(ref.trim());
      if (number < 1 || number > Integer.MAX_VALUE) {
        throw new StreamingInspection.Unsupported("row number " + number);
      }
      int row = (int) (number - 1);
      if (any && row <= last) {
        // POI sorts rows and lets a later duplicate replace an earlier one; one pass cannot.
        throw new StreamingInspection.Unsupported("rows out of order (" + number + " after " + (last + 1) + ")");
      }
      cells(r, row);
      last = row;
      any = true;
      finishRow(row, sink);
    }
  }

  private void cells(XMLStreamReader r, int row) throws XMLStreamException {
    count = 0;
    int maxCol = -1;
    while (true) {
      if (!nextChild(r)) {
        return;
      }
      if (!"c".equals(r.getLocalName()) || !MAIN.equals(r.getNamespaceURI())) {
        skip(r);
        continue;
      }
      if (count == cells.length) {
        cells = Arrays.copyOf(cells, count * 2);
      }
      RawCell c = cells[count];
      if (c == null) {
        c = new RawCell();
        cells[count] = c;
      }
      c.reset();
      String ref = null;
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        String ns = r.getAttributeNamespace(i);
        if (ns != null && !ns.isEmpty()) {
          continue;
        }
        switch (r.getAttributeLocalName(i)) {
          case "r" -> ref = r.getAttributeValue(i);
          case "s" -> c.s = Math.toIntExact(Long.parseLong(r.getAttributeValue(i).trim()));
          case "t" -> c.t = type(r.getAttributeValue(i));
          default -> { }
        }
      }
      c.col = ref != null ? column(ref) : maxCol + 1;
      maxCol = Math.max(maxCol, c.col);
      c.order = count;
      count++;
      cellContent(r, c);
    }
  }

  private static void cellContent(XMLStreamReader r, RawCell c) throws XMLStreamException {
    while (true) {
      if (!nextChild(r)) {
        return;
      }
      if (!MAIN.equals(r.getNamespaceURI())) {
        skip(r);
        continue;
      }
      switch (r.getLocalName()) {
        case "v" -> {
          String text = r.getElementText();
          if (c.v == null) {
            c.v = text;
          }
        }
        case "f" -> {
          if (c.hasF) {
            r.getElementText();
            break;
          }
          c.hasF = true;
          for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty()) {
              continue;
            }
            switch (r.getAttributeLocalName(i)) {
              case "t" -> c.fType = formulaType(r.getAttributeValue(i));
              case "ref" -> c.fRef = r.getAttributeValue(i);
              case "si" -> c.si = Long.parseLong(r.getAttributeValue(i).trim());
              default -> { }
            }
          }
          c.f = r.getElementText();
        }
        case "is" -> {
          String text = richText(r);
          if (!c.hasIs) {
            c.hasIs = true;
            c.is = text;
          }
        }
        default -> skip(r);
      }
    }
  }

  private void finishRow(int row, RowSink sink) {
    // POI registers shared and array formulas cell by cell as the XML lists them, duplicates included.
    for (int i = 0; i < count; i++) {
      RawCell c = cells[i];
      if (c.hasF && c.fType == F_SHARED && c.fRef != null) {
        CellRangeAddress range = CellRangeAddress.valueOf(c.fRef);
        String ref = c.fRef;
        if (c.col > range.getFirstColumn() || row > range.getFirstRow()) {
          ref = new CellRangeAddress(Math.max(row, range.getFirstRow()), Math.max(row, range.getLastRow()),
              Math.max(c.col, range.getFirstColumn()), Math.max(c.col, range.getLastColumn())).formatAsString();
        }
        shared.put(Math.toIntExact(c.si), new Shared(c.f, ref));
      }
      if (c.hasF && c.fType == F_ARRAY && c.fRef != null) {
        arrays.add(new ArrayFormula(CellRangeAddress.valueOf(c.fRef), row, c.col, c.f));
      }
    }
    boolean ascending = true;
    for (int i = 1; i < count && ascending; i++) {
      ascending = cells[i].col > cells[i - 1].col;
    }
    if (!ascending) {
      Arrays.sort(cells, 0, count, BY_COLUMN);
      int kept = 0;
      for (int i = 0; i < count; i++) {
        if (i + 1 < count && cells[i + 1].col == cells[i].col) {
          continue; // the later one replaces it, as in XSSFRow's map
        }
        RawCell keep = cells[i];
        cells[i] = cells[kept];
        cells[kept++] = keep;
      }
      count = kept;
    }
    boolean arraysHere = !arrays.isEmpty();
    for (int i = 0; i < count; i++) {
      RawCell c = cells[i];
      c.formula = (c.hasF && c.fType != F_DATA_TABLE) || (arraysHere && inArray(row, c.col));
    }
    sink.row(row, cells, count);
  }

  /** The 0-based column of a cell reference such as {@code AB12}, as {@code new CellReference(ref).getCol()}. */
  static int column(String ref) {
    int n = ref.length();
    int i = 0;
    int col = 0;
    while (i < n && i < 4) {
      char ch = ref.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      col = col * 26 + (ch - 'A' + 1);
      i++;
    }
    if (i == 0 || i > 3 || i == n) {
      return new CellReference(ref).getCol();
    }
    for (int k = i; k < n; k++) {
      char ch = ref.charAt(k);
      if (ch < '0' || ch > '9') {
        return new CellReference(ref).getCol();
      }
    }
    return col - 1;
  }

  private static byte type(String t) {
    return switch (t.trim()) {
      case "n" -> T_N;
      case "s" -> T_S;
      case "str" -> T_STR;
      case "inlineStr" -> T_INLINE;
      case "b" -> T_B;
      case "e" -> T_E;
      default -> throw new StreamingInspection.Unreadable("Illegal cell type: " + t);
    };
  }

  private static byte formulaType(String t) {
    return switch (t.trim()) {
      case "normal" -> F_NORMAL;
      case "array" -> F_ARRAY;
      case "dataTable" -> F_DATA_TABLE;
      case "shared" -> F_SHARED;
      default -> throw new StreamingInspection.Unreadable("Illegal formula type: " + t);
    };
  }

  /**
   * What {@code XSSFRichTextString.getString()} reads from a rich text element ({@code <is>},
   * {@code <si>}): the runs' texts joined when there are runs, else its own {@code <t>} (null
   * without one), with Excel's {@code _xHHHH_} escapes decoded. Phonetic runs are left out. The
   * reader is at the element's start and is left at its end.
   */
  static String richText(XMLStreamReader r) throws XMLStreamException {
    String t = null;
    boolean hasT = false;
    StringBuilder runs = null;
    while (true) {
      if (!nextChild(r)) {
        break;
      }
      boolean main = MAIN.equals(r.getNamespaceURI());
      if (main && "t".equals(r.getLocalName())) {
        String text = r.getElementText();
        if (!hasT) {
          t = text;
          hasT = true;
        }
      } else if (main && "r".equals(r.getLocalName())) {
        if (runs == null) {
          runs = new StringBuilder();
        }
        runs.append(runText(r)); // a run without text reads "null", as StringBuilder makes it in POI
      } else {
        skip(r);
      }
    }
    return utfDecode(runs != null ? runs.toString() : t);
  }

  private static String runText(XMLStreamReader r) throws XMLStreamException {
    String t = null;
    boolean hasT = false;
    while (true) {
      if (!nextChild(r)) {
        return t;
      }
      if (MAIN.equals(r.getNamespaceURI()) && "t".equals(r.getLocalName())) {
        String text = r.getElementText();
        if (!hasT) {
          t = text;
          hasT = true;
        }
      } else {
        skip(r);
      }
    }
  }

  /** Excel's {@code _xHHHH_} escapes decoded, exactly as {@code XSSFRichTextString.utfDecode}. */
  static String utfDecode(String value) {
    if (value == null || !value.contains("_x")) {
      return value;
    }
    StringBuilder buf = new StringBuilder();
    Matcher m = UTF.matcher(value);
    int idx = 0;
    while (m.find()) {
      int pos = m.start();
      if (pos > idx) {
        buf.append(value, idx, pos);
      }
      buf.append((char) Integer.decode("0x" + m.group(1)).intValue());
      idx = m.end();
    }
    if (idx == 0) {
      return value;
    }
    buf.append(value.substring(idx));
    return buf.toString();
  }

  /**
   * Moves to the next child element of the element being read, skipping text and comments; false
   * when the reader reaches that element's end instead.
   */
  static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  /** Skips the element the reader is at the start of, to its end. */
  static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
