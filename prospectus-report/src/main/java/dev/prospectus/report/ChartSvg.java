package dev.prospectus.report;

import dev.prospectus.internal.Args;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's charts with JFreeChart, headless, onto JFreeSVG's {@link SVGGraphics2D}, and
 * returns each as an inline {@code <svg>} element.
 * <p>
 * Values enter as {@link BigDecimal} and become doubles only here, for drawing: a chart shows a
 * picture of the numbers, the tables beside it show the numbers. Ranges are drawn as error bars
 * (margins and ratios) or bands (cash running down), so a reader sees how far rounding moves a
 * value.
 * <p>
 * This class is stateless and thread-safe: every call builds its own chart and graphics.
 */
final class ChartSvg {

  /** Width of every chart, in SVG user units (CSS pixels at 100%). */
  static final int WIDTH = 880;
  /** Height of every chart. */
  static final int HEIGHT = 400;

  /** Series colours, in order: the widely used "category 10" palette, distinct on screen and in print. */
  static final List<Color> PALETTE = List.of(
      new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e), new Color(0x2c, 0xa0, 0x2c),
      new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b),
      new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f));

  /** How far below zero a cash chart goes, as a share of its peak, before its axis is cut. */
  static final double FLOOR = 0.5;

  /**
   * The largest size a chart draws. Doubles end near 1.8 &times; 10<sup>308</sup>, and the axes
   * add, subtract and scale values, so a value beyond this, or its range, is left out of its chart
   * and the chart says so below its legend; the tables beside it still show every number.
   */
  static final BigDecimal DRAWABLE = new BigDecimal("1E+300");
  /** The longest runway a cash chart draws, month by month: a hundred years. */
  static final int MAX_RUNWAY_MONTHS = 1200;

  private static final String FONT = "SansSerif";
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);

  private ChartSvg() {
  }

  /**
   * Draws revenue (or any money) as stacked bars, one bar per period, one colour per series.
   *
   * @param panel  the data
   * @return the chart
   */
  static JFreeChart stackedBars(ChartData.Panel panel) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // Register every category first, so the bars keep period order whichever series has them.
    for (String category : panel.categories()) {
      for (ChartData.Series s : panel.series()) {
        data.setValue(null, s.name(), category);
      }
    }
    List<String> leftOut = new ArrayList<>();
    for (ChartData.Series s : panel.series()) {
      for (ChartData.Point p : s.points()) {
        if (drawable(p.value())) {
          data.setValue(p.value().doubleValue(), s.name(), p.category());
        } else {
          leftOut.add(s.name() + " " + p.category() + " (" + size(p.value()) + ")");
        }
      }
    }
    CategoryAxis periods = new CategoryAxis(null);
    periods.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    NumberAxis values = new NumberAxis(panel.axisLabel());
    StackedBarRenderer bars = new StackedBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.12);
    for (int i = 0; i < panel.series().size(); i++) {
      bars.setSeriesPaint(i, color(i));
    }
    CategoryPlot plot = new CategoryPlot(data, periods, values, bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    return withLeftOut(styled(panel.title(), plot), leftOut);
  }

  /**
   * Draws series over periods as lines with markers, each point with an error bar for its range.
   *
   * @param panel  the data
   * @return the chart
   */
  static JFreeChart linesWithRanges(ChartData.Panel panel) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    List<String> leftOut = new ArrayList<>();
    for (ChartData.Series s : panel.series()) {
      YIntervalSeries series = new YIntervalSeries(s.name(), false, true);
      for (ChartData.Point p : s.points()) {
        if (drawable(p.value(), p.low(), p.high())) {
          series.add(panel.categories().indexOf(p.category()), p.value().doubleValue(), p.low().doubleValue(),
              p.high().doubleValue());
        } else {
          leftOut.add(s.name() + " " + p.category() + " (" + size(p.value(), p.low(), p.high()) + ")");
        }
      }
      data.addSeries(series);
    }
    SymbolAxis periods = new SymbolAxis(null, panel.categories().toArray(new String[0]));
    periods.setGridBandsVisible(false);
    periods.setLowerMargin(0.05);
    periods.setUpperMargin(0.05);
    NumberAxis values = new NumberAxis(panel.axisLabel());
    values.setAutoRangeIncludesZero(true);
    XYErrorRenderer lines = new XYErrorRenderer();
    lines.setDrawXError(false);
    lines.setCapLength(6);
    lines.setDefaultLinesVisible(true);
    lines.setDefaultShapesVisible(true);
    lines.setErrorStroke(new BasicStroke(1.5f));
    return withLeftOut(xyChart(panel.title(), new XYPlot(data, periods, values, lines), panel.series().size()),
        leftOut);
  }

  /**
   * Draws a cash balance falling in a straight line at each burn definition until it reaches zero
   * at the runway, with the band the rounding of cash and burn allows, and the runway printed where
   * each line meets zero.
   *
   * @param runway  the data
   * @return the chart
   */
  static JFreeChart cashRunway(ChartData.CashRunway runway) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    double longest = 0;
    List<ChartData.RunwayLine> drawn = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    boolean cashDrawable = drawable(runway.cash(), runway.cashRange().low(), runway.cashRange().high());
    for (ChartData.RunwayLine line : runway.lines()) {
      if (!cashDrawable || !drawable(line.burn(), line.burnRange().low(), line.burnRange().high())) {
        leftOut.add(line.name() + " (" + size(runway.cash(), runway.cashRange().low(), runway.cashRange().high(),
            line.burn(), line.burnRange().low(), line.burnRange().high()) + ")");
      } else if (line.monthsRange().high().compareTo(BigDecimal.valueOf(MAX_RUNWAY_MONTHS)) > 0) {
        // Drawn month by month, a runway of centuries would take as many points, and say nothing more.
        BigDecimal upTo = line.monthsRange().high();
        leftOut.add(line.name() + " (a runway of up to " + (upTo.compareTo(BigDecimal.valueOf(1_000_000_000)) < 0
            ? months(upTo) : size(upTo)) + " months, beyond the " + MAX_RUNWAY_MONTHS + " this chart draws)");
      } else {
        drawn.add(line);
        data.addSeries(cashPath(runway, line));
        longest = Math.max(longest, line.monthsRange().high().doubleValue());
      }
    }
    NumberAxis months = new NumberAxis("months after " + runway.asOf());
    months.setRange(0, Math.max(1, Math.ceil(longest * 1.08)));
    NumberAxis cash = new NumberAxis(runway.axisLabel());
    cash.setAutoRangeIncludesZero(true);
    DeviationRenderer lines = new DeviationRenderer(true, false);
    lines.setAlpha(0.25f);
    XYPlot plot = new XYPlot(data, months, cash, lines);
    for (int i = 0; i < drawn.size(); i++) {
      ChartData.RunwayLine line = drawn.get(i);
      // Staggered upwards, so that labels of runways close together do not overlap.
      XYTextAnnotation label = new XYTextAnnotation(months(line.months()) + " mo",
          line.months().doubleValue(), runway.cash().doubleValue() * 0.06 * i);
      label.setFont(new Font(FONT, Font.BOLD, 11));
      label.setPaint(color(i));
      label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addAnnotation(label);
    }
    return withLeftOut(xyChart(runway.title(), plot, drawn.size()), leftOut);
  }

  /**
   * Draws cash paths month by month: one line per path, with its band shaded where it has one
   * (the Monte Carlo fan), and a line at zero, where cash runs out.
   *
   * @param paths  the data
   * @return the chart
   */
  static JFreeChart paths(ChartData.Paths paths) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    List<String> leftOut = new ArrayList<>();
    List<ChartData.MonthPoint> drawnPoints = new ArrayList<>();
    for (Map.Entry<String, List<ChartData.MonthPoint>> e : paths.paths().entrySet()) {
      YIntervalSeries series = new YIntervalSeries(e.getKey(), true, false);
      List<String> months = new ArrayList<>();
      for (ChartData.MonthPoint p : e.getValue()) {
        if (drawable(p.value(), p.low(), p.high())) {
          series.add(p.month(), p.value().doubleValue(), p.low().doubleValue(), p.high().doubleValue());
          drawnPoints.add(p);
        } else {
          months.add(String.valueOf(p.month()));
        }
      }
      if (!months.isEmpty()) {
        leftOut.add(e.getKey() + ", month" + (months.size() == 1 ? " " : "s ") + String.join(", ", months));
      }
      data.addSeries(series);
    }
    NumberAxis months = new NumberAxis("months after " + paths.asOf());
    months.setRange(0, Math.max(1, paths.lastMonth()));
    NumberAxis cash = new NumberAxis(paths.axisLabel());
    cash.setAutoRangeIncludesZero(true);
    double peak = drawnPoints.stream().mapToDouble(p -> p.high().doubleValue()).max().orElse(0);
    double trough = drawnPoints.stream().mapToDouble(p -> p.low().doubleValue()).min().orElse(0);
    if (peak > 0 && trough < -peak * FLOOR) {
      // A shortfall long after cash has run out would flatten the part that matters: cut the axis.
      cash.setRange(-peak * FLOOR, peak * 1.05);
    }
    DeviationRenderer lines = new DeviationRenderer(true, false);
    lines.setAlpha(0.2f);
    return withLeftOut(xyChart(paths.title(), new XYPlot(data, months, cash, lines), paths.paths().size()),
        leftOut);
  }

  /** Colours each series (line and band alike), draws the line at zero and styles the chart. */
  private static JFreeChart xyChart(String title, XYPlot plot, int seriesCount) {
    XYItemRenderer renderer = plot.getRenderer();
    for (int i = 0; i < seriesCount; i++) {
      renderer.setSeriesPaint(i, color(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      if (renderer instanceof XYLineAndShapeRenderer shapes) {
        shapes.setSeriesFillPaint(i, color(i));
      }
    }
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    return styled(title, plot);
  }

  /**
   * Draws a tornado: for each input, a bar from the base runway to the runway with the input moved
   * down, and one to the runway with it moved up; the widest at the top.
   *
   * @param tornado  the data
   * @return the chart
   */
  static JFreeChart tornado(ChartData.TornadoBars tornado) {
    DefaultCategoryDataset down = new DefaultCategoryDataset();
    DefaultCategoryDataset up = new DefaultCategoryDataset();
    String shock = tornado.shockPercent().toPlainString() + "%";
    for (ChartData.TornadoBar bar : tornado.bars()) {
      down.addValue(bar.atLow(), "input -" + shock, bar.input());
      up.addValue(bar.atHigh(), "input +" + shock, bar.input());
    }
    CategoryAxis inputs = new CategoryAxis(null);
    NumberAxis months = new NumberAxis("runway, months");
    months.setAutoRangeIncludesZero(false);
    CategoryPlot plot = new CategoryPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainAxis(inputs);
    plot.setRangeAxis(months);
    // Two datasets, one renderer each, so that the down and up bars of an input share one row.
    plot.setDataset(0, down);
    plot.setDataset(1, up);
    plot.setRenderer(0, tornadoBars(tornado.base(), color(0)));
    plot.setRenderer(1, tornadoBars(tornado.base(), color(1)));
    plot.addRangeMarker(new ValueMarker(tornado.base(), Color.DARK_GRAY, new BasicStroke(1.5f)));
    return styled(tornado.title(), plot);
  }

  private static BarRenderer tornadoBars(double base, Paint paint) {
    BarRenderer bars = new BarRenderer();
    bars.setBase(base);
    bars.setIncludeBaseInRange(true);
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.5);
    bars.setSeriesPaint(0, paint);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
    return bars;
  }

  /** Cash month by month on one burn: the line to the runway, the band to the longest runway in range. */
  private static YIntervalSeries cashPath(ChartData.CashRunway runway, ChartData.RunwayLine line) {
    String name = line.name() + ": " + money(line.burn()) + " a month, runway " + months(line.months()) + " ["
        + months(line.monthsRange().low()) + ", " + months(line.monthsRange().high()) + "] months";
    YIntervalSeries series = new YIntervalSeries(name, true, false);
    double c = runway.cash().doubleValue();
    double cLow = runway.cashRange().low().doubleValue();
    double cHigh = runway.cashRange().high().doubleValue();
    double b = line.burn().doubleValue();
    double bLow = line.burnRange().low().doubleValue();
    double bHigh = line.burnRange().high().doubleValue();
    double r = line.months().doubleValue();
    double end = line.monthsRange().high().doubleValue();
    for (int t = 0; t < r; t++) {
      series.add(t, Math.max(0, c - b * t), Math.max(0, cLow - bHigh * t), Math.max(0, cHigh - bLow * t));
    }
    series.add(r, 0, 0, Math.max(0, cHigh - bLow * r));
    if (end > r) {
      series.add(end, 0, 0, 0);
    }
    return series;
  }

  private static String money(BigDecimal millions) {
    return millions.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "M";
  }

  private static String months(BigDecimal months) {
    return months.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Whether a chart can draw these values: each within {@link #DRAWABLE} of zero. */
  static boolean drawable(BigDecimal... values) {
    for (BigDecimal v : values) {
      if (v.abs().compareTo(DRAWABLE) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The size of the largest of some values, for the note on what was left out: "about 10^400". */
  private static String size(BigDecimal... values) {
    long exponent = Long.MIN_VALUE;
    for (BigDecimal v : values) {
      if (v.signum() != 0) {
        exponent = Math.max(exponent, (long) v.precision() - v.scale() - 1);
      }
    }
    return "about 10^" + exponent;
  }

  /**
   * Says below the legend what a chart left out, so that a reader never takes a missing bar for a
   * missing figure.
   */
  private static JFreeChart withLeftOut(JFreeChart chart, List<String> leftOut) {
    if (!leftOut.isEmpty()) {
      TextTitle note = new TextTitle("Not drawn, too large for a chart (see the tables): " + String.join("; ", leftOut),
          new Font(FONT, Font.ITALIC, 11), TEXT, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
          VerticalAlignment.CENTER, new RectangleInsets(2, 8, 4, 8));
      chart.addSubtitle(note);
    }
    return chart;
  }

  /** Applies the report's look: white plot, light grid, legend below, sans-serif text. */
  private static JFreeChart styled(String title, Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      styleAxis(xy.getDomainAxis(), xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot cat) {
      cat.setRangeGridlinePaint(GRID);
      cat.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
      cat.getDomainAxis().setTickLabelPaint(TEXT);
      styleAxis(cat.getRangeAxis());
    }
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 15), plot, true);
    chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 15), TEXT, RectangleEdge.TOP,
        HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(4, 8, 8, 8)));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  private static void styleAxis(ValueAxis... axes) {
    for (ValueAxis axis : axes) {
      axis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
      axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
      axis.setLabelPaint(TEXT);
      axis.setTickLabelPaint(TEXT);
    }
  }

  static Paint color(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /**
   * Draws a chart as an inline SVG element that scales with its container.
   *
   * @param chart  the chart
   * @param id  the element id, unique in the page; also prefixes the ids of the SVG's definitions
   * @return the {@code <svg>} element, XML
   */
  static String toSvg(JFreeChart chart, String id) {
    Args.notNull(chart, "chart");
    Args.notBlank(id, "id");
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(id + "-");
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID,
        MeetOrSlice.MEET);
    // Screen readers announce the chart by its title; the tables beside it carry the numbers.
    return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + attribute(chart) + "\" ");
  }

  private static String attribute(JFreeChart chart) {
    return chart.getTitle() == null ? "" : HtmlWriter.escape(chart.getTitle().getText());
  }
}
