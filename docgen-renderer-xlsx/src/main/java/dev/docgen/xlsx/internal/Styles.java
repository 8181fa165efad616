package dev.docgen.xlsx.internal;

import dev.docgen.api.model.Column;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workbook's cell formats, registered while sheets are written and saved as styles.xml at the
 * end. Number formats follow the document locale: currency symbol before or after the amount,
 * percentages with one decimal, ISO dates (as in the DOCX and PDF renderers).
 */
public final class Styles {
  /** Fonts: index into {@link #FONTS}. */
  public static final int NORMAL = 0;
  public static final int BOLD = 1;
  public static final int TITLE = 2;
  public static final int HEADING = 3;
  public static final int CAPTION = 4;
  public static final int MUTED = 5;
  public static final int LINK = 6;
  public static final int HEADER = 7;
  /** Fills. */
  public static final int NO_FILL = 0;
  public static final int TINT = 2;
  public static final int WARNING = 3;
  public static final int ACCENT = 4;

  private static final Map<String, Integer> BUILT_IN = Map.of("General", 0, "0", 1, "0.00", 2, "#,##0", 3,
      "#,##0.00", 4, "0%", 9, "0.00%", 10);

  private final String accent;
  private final String tint;
  private final Locale locale;
  private final Map<String, Integer> numFmts = new LinkedHashMap<>();
  private final Map<String, Integer> xfs = new LinkedHashMap<>();
  private final List<String> xfXml = new ArrayList<>();

  public Styles(String accent, String tint, Locale locale) {
    this.accent = accent;
    this.tint = tint;
    this.locale = locale;
    style(0, NORMAL, NO_FILL, false, false, 0); // index 0: the default
  }

  /** The number format code for a column's values. */
  public String formatCode(Column c) {
    return switch (c.type()) {
      case INTEGER -> "#,##0";
      case DECIMAL -> "#,##0.00";
      case PERCENT -> "0.0%";
      case DATE -> "yyyy-mm-dd";
      case CURRENCY -> c.currency().isEmpty() ? "#,##0.00" : currencyCode(c.currency());
      case TEXT -> "General";
    };
  }

  private String currencyCode(String iso) {
    String symbol = Currency.getInstance(iso).getSymbol(locale).replace("\"", "");
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    boolean before = !(f instanceof DecimalFormat d) || d.toPattern().startsWith("¤")
        || d.toPattern().startsWith("-¤");
    String amount = "#,##0.00";
    return before ? "\"" + symbol + "\"" + amount + ";-\"" + symbol + "\"" + amount
        : amount + "\\ \"" + symbol + "\";-" + amount + "\\ \"" + symbol + "\"";
  }

  /** The style of a column's data cells ({@code total}: bold with a rule above, for the totals row). */
  public int cell(Column c, boolean total) {
    return style(numFmt(formatCode(c)), total ? BOLD : NORMAL, NO_FILL, false, false, 0, total ? 1 : 0);
  }

  /** A table header cell: bold white on the accent colour (Excel's table style would do the same; LibreOffice needs it). */
  public int header() {
    return style(0, HEADER, ACCENT, false, false, 0, 0);
  }

  /** A totals-row label. */
  public int totalLabel() {
    return style(0, BOLD, NO_FILL, false, false, 0, 1);
  }

  /** Chart data numbers: grouped, two decimals unless every value is whole. */
  public int chartNumber(boolean whole) {
    return style(numFmt(whole ? "#,##0" : "#,##0.00"), NORMAL, NO_FILL, false, false, 0, 0);
  }

  /** A text cell stored with a quote prefix: text that looks like a formula stays text when edited. */
  public int quoted(boolean bold) {
    return style(0, bold ? BOLD : NORMAL, NO_FILL, false, true, 0);
  }

  /** A plain text style. */
  public int text(int font, int fill, boolean wrap, int indent) {
    return style(0, font, fill, wrap, false, indent);
  }

  public int numFmt(String code) {
    Integer builtIn = BUILT_IN.get(code);
    if (builtIn != null) {
      return builtIn;
    }
    return numFmts.computeIfAbsent(code, k -> 164 + numFmts.size());
  }

  private int style(int numFmt, int font, int fill, boolean wrap, boolean quote, int indent) {
    return style(numFmt, font, fill, wrap, quote, indent, 0);
  }

  private int style(int numFmt, int font, int fill, boolean wrap, boolean quote, int indent, int border) {
    String key = numFmt + "/" + font + "/" + fill + "/" + wrap + "/" + quote + "/" + indent + "/" + border;
    return xfs.computeIfAbsent(key, k -> {
      StringBuilder b = new StringBuilder("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font)
          .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border).append("\" xfId=\"0\"");
      if (border != 0) {
        b.append(" applyBorder=\"1\"");
      }
      if (numFmt != 0) {
        b.append(" applyNumberFormat=\"1\"");
      }
      if (font != 0) {
        b.append(" applyFont=\"1\"");
      }
      if (fill != 0) {
        b.append(" applyFill=\"1\"");
      }
      if (quote) {
        b.append(" quotePrefix=\"1\"");
      }
      if (wrap || indent > 0) {
        b.append(" applyAlignment=\"1\"><alignment vertical=\"top\"");
        if (wrap) {
          b.append(" wrapText=\"1\"");
        }
        if (indent > 0) {
          b.append(" indent=\"").append(indent).append('"');
        }
        b.append("/></xf>");
      } else {
        b.append("/>");
      }
      xfXml.add(b.toString());
      return xfXml.size() - 1;
    });
  }

  /** Writes xl/styles.xml. Differential format 0 marks flagged rows (light red fill, dark red text). */
  public void write(Xml x) {
    x.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    if (!numFmts.isEmpty()) {
      x.raw("<numFmts count=\"").raw(numFmts.size()).raw("\">");
      numFmts.forEach((code, id) -> x.raw("<numFmt numFmtId=\"").raw(id).raw("\" formatCode=\"").text(code).raw("\"/>"));
      x.raw("</numFmts>");
    }
    String a = "FF" + accent;
    x.raw("<fonts count=\"8\">")
        .raw("<font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><b/><sz val=\"18\"/><color rgb=\"").raw(a).raw("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><b/><sz val=\"13\"/><color rgb=\"").raw(a).raw("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><i/><sz val=\"10\"/><color rgb=\"FF595959\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><sz val=\"11\"/><color rgb=\"FF595959\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><u/><sz val=\"11\"/><color rgb=\"FF0563C1\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
        .raw("</fonts>");
    x.raw("<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        .raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").raw(tint).raw("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        .raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF4E0\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        .raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").raw(a).raw("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        .raw("</fills>");
    x.raw("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
        .raw("<border><left/><right/><top style=\"thin\"><color rgb=\"").raw(a).raw("\"/></top><bottom/><diagonal/></border></borders>");
    x.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
    x.raw("<cellXfs count=\"").raw(xfXml.size()).raw("\">");
    xfXml.forEach(x::raw);
    x.raw("</cellXfs>");
    x.raw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
    x.raw("<dxfs count=\"1\"><dxf><font><color rgb=\"FF9C0006\"/></font><fill><patternFill><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill></dxf></dxfs>");
    x.raw("<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>");
    x.raw("</styleSheet>");
  }

  Locale locale() {
    return locale;
  }
}
