package dev.docgen.docx.internal;

import dev.docgen.api.model.Chart;
import dev.docgen.api.model.ChartType;
import dev.docgen.api.model.Series;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Native Word charts (DrawingML, with the embedded workbook POI writes beside them): clustered
 * columns, lines with markers, or a pie, coloured from the theme's chart palette.
 */
final class ChartWriter {
  static final int WIDTH_EMU = 5_400_000;
  static final int HEIGHT_EMU = 2_700_000;

  private final DocxContext ctx;

  ChartWriter(DocxContext ctx) {
    this.ctx = ctx;
  }

  void write(Chart model) throws Exception {
    XWPFParagraph p = ctx.paragraph(StyleSheet.FIGURE);
    XWPFRun run = p.createRun();
    XWPFChart chart = ctx.doc.createChart(run, WIDTH_EMU, HEIGHT_EMU);
    run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr()
        .setDescr(model.title().isEmpty() ? model.chartType().name().toLowerCase(java.util.Locale.ROOT) + " chart"
            : model.title());
    if (!model.title().isEmpty()) {
      chart.setTitleText(model.title());
      chart.setTitleOverlay(false);
    } else {
      chart.setAutoTitleDeleted(true);
    }
    chart.getOrAddLegend().setPosition(model.chartType() == ChartType.PIE ? LegendPosition.RIGHT : LegendPosition.BOTTOM);
    int n = model.categories().size();
    XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
        model.categories().toArray(new String[0]), chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
    XDDFChartData data = data(chart, model);
    List<Series> series = model.series();
    for (int i = 0; i < series.size(); i++) {
      Double[] values = series.get(i).values().stream().map(v -> v.doubleValue()).toArray(Double[]::new);
      XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(
          values, chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
      XDDFChartData.Series s = data.addSeries(categories, source);
      s.setTitle(series.get(i).name(), chart.setSheetTitle(series.get(i).name(), i + 1));
      colour(s, model.chartType(), i, n);
    }
    chart.plot(data);
    var frame = chart.getCTChartSpace().isSetSpPr() ? chart.getCTChartSpace().getSpPr() : chart.getCTChartSpace().addNewSpPr();
    frame.addNewLn().addNewNoFill();
    chart.getWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(Date.from(ctx.created)));
  }

  private XDDFChartData data(XWPFChart chart, Chart model) {
    if (model.chartType() == ChartType.PIE) {
      XDDFChartData pie = chart.createData(ChartTypes.PIE, null, null);
      pie.setVaryColors(true);
      return pie;
    }
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    if (!model.xAxisTitle().isEmpty()) {
      x.setTitle(model.xAxisTitle());
    }
    if (!model.yAxisTitle().isEmpty()) {
      y.setTitle(model.yAxisTitle());
    }
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    // Grouped tick labels ("200,000", not "200000"); a bar of a value that is never negative stands on zero.
    y.setNumberFormat("#,##0");
    if (model.chartType() == ChartType.BAR && model.series().stream().flatMap(s -> s.values().stream())
        .allMatch(v -> v.signum() >= 0)) {
      y.setMinimum(0);
    }
    y.getOrAddMajorGridProperties().setLineProperties(solidLine("D9D9D9", 0.75));
    if (model.chartType() == ChartType.LINE) {
      XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
      line.setVaryColors(false);
      return line;
    }
    XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    bar.setBarDirection(BarDirection.COL);
    bar.setBarGrouping(BarGrouping.CLUSTERED);
    bar.setVaryColors(false);
    bar.setGapWidth(80);
    return bar;
  }

  private void colour(XDDFChartData.Series s, ChartType type, int index, int points) {
    switch (type) {
      case BAR -> s.setFillProperties(fill(index));
      case LINE -> {
        s.setLineProperties(solidLine(palette(index), 2.25));
        XDDFLineChartData.Series line = (XDDFLineChartData.Series) s;
        line.setSmooth(false);
        line.setMarkerStyle(MarkerStyle.CIRCLE);
      }
      case PIE -> {
        for (int p = 0; p < points; p++) {
          s.getDataPoint(p).setFillProperties(fill(p));
        }
      }
    }
  }

  private String palette(int index) {
    List<String> palette = ctx.theme.chartPalette();
    return palette.get(index % palette.size());
  }

  private XDDFSolidFillProperties fill(int index) {
    return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(palette(index))));
  }

  private static XDDFLineProperties solidLine(String hex, double widthPt) {
    XDDFLineProperties line = new XDDFLineProperties(
        new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(hex))));
    line.setWidth(widthPt);
    return line;
  }
}
