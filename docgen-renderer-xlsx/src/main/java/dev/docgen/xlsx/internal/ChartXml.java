package dev.docgen.xlsx.internal;

import dev.docgen.api.model.ChartType;
import java.util.List;

/**
 * A native chart part (DrawingML chart): clustered columns, lines with markers, or a pie with
 * percentage labels, in the theme's chart palette (as the PDF and DOCX charts). Every series references cells on the sheet and carries a cache of their values
 * so viewers draw it without recalculating.
 */
public final class ChartXml {
  /** One series: its name cell, its value range, and the cached values. */
  public record Series(String name, String nameRef, String valuesRef, List<String> values) {}

  /** A chart anchored on a sheet: from (col,row), 0-based, spanning cols × rows cells. */
  record Placed(ChartXml chart, int col, int row, int cols, int rows) {}

  private final ChartType type;
  private final String title;
  private final String categoriesRef;
  private final List<String> categories;
  private final List<Series> series;
  private final List<String> palette;
  private String xTitle = "";
  private String yTitle = "";

  public ChartXml(ChartType type, String title, String categoriesRef, List<String> categories, List<Series> series,
      List<String> palette) {
    this.type = type;
    this.title = title;
    this.categoriesRef = categoriesRef;
    this.categories = categories;
    this.series = series;
    this.palette = palette;
  }

  public String title() {
    return title;
  }

  /** Axis titles for bar and line charts; empty for none. */
  public ChartXml axisTitles(String x, String y) {
    this.xTitle = x == null ? "" : x;
    this.yTitle = y == null ? "" : y;
    return this;
  }

  private static void axisTitle(Xml x, String text, boolean vertical) {
    if (text.isEmpty()) {
      return;
    }
    x.raw("<c:title><c:tx><c:rich><a:bodyPr").raw(vertical ? " rot=\"-5400000\" vert=\"horz\"" : "")
        .raw("/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"900\" b=\"0\"/><a:t>")
        .text(text).raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
  }

  /** The ranges the chart reads, for the inspector's cross-check. */
  public List<String> references() {
    List<String> out = new java.util.ArrayList<>(List.of(categoriesRef));
    series.forEach(s -> {
      out.add(s.nameRef);
      out.add(s.valuesRef);
    });
    return out;
  }

  void write(Xml x) {
    x.raw("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" ")
        .raw("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
        .raw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        .raw("<c:roundedCorners val=\"0\"/><c:chart>");
    if (!title.isEmpty()) {
      x.raw("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r>")
          .raw("<a:rPr lang=\"en-GB\" sz=\"1200\" b=\"1\"/><a:t>").text(title)
          .raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }
    x.raw("<c:autoTitleDeleted val=\"").raw(title.isEmpty() ? "1" : "0").raw("\"/><c:plotArea><c:layout/>");
    switch (type) {
      case BAR -> {
        x.raw("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        seriesXml(x, false);
        x.raw("<c:gapWidth val=\"80\"/><c:axId val=\"500000001\"/><c:axId val=\"500000002\"/></c:barChart>");
        axes(x, xTitle, yTitle, nonNegative());
      }
      case LINE -> {
        x.raw("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        seriesXml(x, false);
        x.raw("<c:marker val=\"1\"/><c:axId val=\"500000001\"/><c:axId val=\"500000002\"/></c:lineChart>");
        axes(x, xTitle, yTitle, false);
      }
      case PIE -> {
        x.raw("<c:pieChart><c:varyColors val=\"1\"/>");
        seriesXml(x, true);
        x.raw("<c:firstSliceAng val=\"0\"/></c:pieChart>");
      }
    }
    x.raw("</c:plotArea><c:legend><c:legendPos val=\"").raw(type == ChartType.PIE ? "r" : "b")
        .raw("\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
        .raw("<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>")
        .raw("</c:chartSpace>");
  }

  private void seriesXml(Xml x, boolean pie) {
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String color = palette.get(i % palette.size());
      x.raw("<c:ser><c:idx val=\"").raw(i).raw("\"/><c:order val=\"").raw(i).raw("\"/>")
          .raw("<c:tx><c:strRef><c:f>").text(s.nameRef).raw("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>")
          .text(s.name).raw("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
      if (pie) {
        x.raw("<c:spPr><a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>");
        for (int p = 0; p < categories.size(); p++) {
          x.raw("<c:dPt><c:idx val=\"").raw(p).raw("\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"")
              .raw(palette.get(p % palette.size()))
              .raw("\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:dPt>");
        }
        x.raw("<c:dLbls><c:numFmt formatCode=\"0%\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>")
            .raw("<c:showLegendKey val=\"0\"/><c:showVal val=\"0\"/><c:showCatName val=\"0\"/>")
            .raw("<c:showSerName val=\"0\"/><c:showPercent val=\"1\"/><c:showBubbleSize val=\"0\"/>")
            .raw("<c:showLeaderLines val=\"1\"/></c:dLbls>");
      } else if (type == ChartType.LINE) {
        x.raw("<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"").raw(color)
            .raw("\"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/>")
            .raw("<c:spPr><a:solidFill><a:srgbClr val=\"").raw(color).raw("\"/></a:solidFill></c:spPr></c:marker>");
      } else {
        x.raw("<c:spPr><a:solidFill><a:srgbClr val=\"").raw(color).raw("\"/></a:solidFill></c:spPr>")
            .raw("<c:invertIfNegative val=\"0\"/>");
      }
      x.raw("<c:cat><c:strRef><c:f>").text(categoriesRef).raw("</c:f><c:strCache><c:ptCount val=\"")
          .raw(categories.size()).raw("\"/>");
      for (int p = 0; p < categories.size(); p++) {
        x.raw("<c:pt idx=\"").raw(p).raw("\"><c:v>").text(categories.get(p)).raw("</c:v></c:pt>");
      }
      x.raw("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").text(s.valuesRef)
          .raw("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").raw(s.values.size()).raw("\"/>");
      for (int p = 0; p < s.values.size(); p++) {
        x.raw("<c:pt idx=\"").raw(p).raw("\"><c:v>").raw(s.values.get(p)).raw("</c:v></c:pt>");
      }
      x.raw("</c:numCache></c:numRef></c:val>");
      if (type == ChartType.LINE) {
        x.raw("<c:smooth val=\"0\"/>");
      }
      x.raw("</c:ser>");
    }
  }

  // A bar's length is its value: bars of values that are never negative stand on zero, or 34 looks a third of 40.
  private boolean nonNegative() {
    for (Series s : series) {
      for (String v : s.values()) {
        try {
          if (Double.parseDouble(v) < 0) {
            return false;
          }
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return true;
  }

  private static void axes(Xml x, String xTitle, String yTitle, boolean fromZero) {
    x.raw("<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        .raw("<c:delete val=\"0\"/><c:axPos val=\"b\"/>");
    axisTitle(x, xTitle, false);
    x.raw("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
        .raw("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        .raw("<c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
        .raw("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
        .raw("<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/>")
        .raw(fromZero ? "<c:min val=\"0\"/>" : "").raw("</c:scaling>")
        .raw("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill>")
        .raw("<a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>");
    axisTitle(x, yTitle, true);
    x.raw("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>")
        .raw("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500000001\"/>")
        .raw("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
  }
}
