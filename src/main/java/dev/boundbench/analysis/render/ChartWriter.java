package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.EngineAcrossMachines;
import dev.boundbench.analysis.verdict.GranularitySweep;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.Runtimes;
import dev.boundbench.analysis.verdict.Workload;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's SVG charts: per workload, every engine's speedup against threads; per engine
 * measured on several machines, its speedup on each machine. Each has error bars and the ideal
 * line (speedup = threads), ticks at the ladder's values, logarithmic axes when the ladder spans a
 * factor of 32 or more, and each engine in its own colour and marker (see {@link EngineStyles}),
 * CPython engines dashed.
 * Curves without one-thread points are drawn as scores instead. Runs headless.
 */
public final class ChartWriter {

    /** Ladders whose highest over lowest value reaches this get logarithmic axes. */
    public static final double LOG_SCALE_RATIO = 32;

    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    /** CPython engines are drawn dashed, so the two runtimes stand apart in one chart. */
    private static final BasicStroke CPYTHON_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {9f, 4f}, 0f);

    static {
        // The one class that touches AWT: no display is needed, whoever calls it.
        System.setProperty("java.awt.headless", "true");
    }

    private final String scaleLabel;
    private final EngineStyles styles;

    private ChartWriter(String scaleLabel, EngineStyles styles) {
        this.scaleLabel = scaleLabel;
        this.styles = styles;
    }

    /** The charts of {@code analysis}: its scale, and a style for each of its engines. */
    public static ChartWriter of(RunAnalysis analysis) {
        List<String> engines = new ArrayList<>();
        for (Workload w : analysis.workloads()) {
            w.curves().forEach(c -> engines.add(engine(w.name(), c)));
        }
        analysis.acrossMachines().forEach(e -> engines.add(e.engine()));
        return new ChartWriter(analysis.scale().label(), new EngineStyles(engines));
    }

    /** Whether a chart of {@code curves} plots speedups (else scores): whether any has a one-thread point. */
    public static boolean plotsSpeedup(List<CurveStats> curves) {
        return curves.stream().anyMatch(CurveStats::hasSpeedup);
    }

    /** Writes the chart of {@code workload}, one curve per engine, as an SVG to {@code file}. */
    public void write(Workload workload, Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (CurveStats c : workload.curves()) {
            String engine = engine(workload.name(), c);
            lines.add(new Line(engine, c, styles.colour(engine), styles.marker(engine),
                    Runtimes.isCPython(engine) ? CPYTHON_STROKE : EngineStyles.line(0)));
        }
        draw(workload.title() + " — " + workload.kind(), lines, workload.key().unit(), file);
    }

    /** Writes the chart of one engine across machines, one curve per machine, as an SVG to {@code file}. */
    public void write(EngineAcrossMachines engine, Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < engine.curves().size(); i++) {
            CurveStats c = engine.curves().get(i);
            lines.add(new Line(engine.curveLabel(c), c, styles.colour(engine.engine()), styles.marker(engine.engine()),
                    EngineStyles.line(i)));
        }
        draw(engine.title() + " across machines — " + engine.kind(), lines, engine.key().unit(), file);
    }

    private void draw(String title, List<Line> lines, String unit, Path file) throws IOException {
        boolean speedup = plotsSpeedup(lines.stream().map(Line::curve).toList());
        Extent extent = Extent.of(lines, speedup);
        double minN = extent.ladder().first();
        double maxN = extent.ladder().last();
        boolean log = maxN / minN >= LOG_SCALE_RATIO;
        // Error bars are clamped to what the plot can show: above zero, and below twice its top.
        double top = 2 * (speedup ? Math.max(extent.maxY(), maxN) : extent.maxY());
        XYErrorRenderer renderer = errorRenderer();
        YIntervalSeriesCollection data = series(lines, speedup, top, renderer);
        NumberFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String logNote = log ? " (log scale)" : "";
        ValueAxis x = LadderAxis.of(scaleLabel + logNote,
                extent.ladder().stream().mapToDouble(Double::doubleValue).toArray(), log, format);
        ValueAxis y = speedup
                ? valueAxis("speedup against " + scaleLabel + " = 1" + logNote, log, Math.min(extent.minY(), minN),
                        Math.max(extent.maxY(), maxN), format)
                : valueAxis("score (" + unit + ")" + logNote, log, extent.minY(), extent.maxY(), format);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (speedup) {
            XYSeries ideal = new XYSeries("ideal (speedup = " + scaleLabel + ")");
            ideal.add(minN, minN);
            ideal.add(maxN, maxN);
            XYSeriesCollection reference = new XYSeriesCollection(ideal);
            plot.setDataset(1, reference);
            plot.setRenderer(1, dashedRenderer(reference));
        }
        writeSvg(chart(title + (speedup ? "" : " (no point at " + scaleLabel + " = 1: scores)"), plot), file);
    }

    /** One series per line with a plottable point, styled on {@code renderer} by its line. */
    private static YIntervalSeriesCollection series(List<Line> lines, boolean speedup, double top,
            XYErrorRenderer renderer) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Line line : lines) {
            YIntervalSeries series = new YIntervalSeries(line.name());
            for (PointStats p : line.curve().points()) {
                Estimate e = speedup ? p.speedup() : p.score();
                if (plottable(e, p)) {
                    double low = e.hasInterval() ? Math.max(e.low(), e.value() / 100) : e.value();
                    double high = e.hasInterval() ? Math.min(e.high(), top) : e.value();
                    series.add(p.n(), e.value(), low, high);
                }
            }
            if (series.getItemCount() > 0) {
                int i = data.getSeriesCount();
                data.addSeries(series);
                renderer.setSeriesPaint(i, line.colour());
                renderer.setSeriesShape(i, line.marker());
                renderer.setSeriesStroke(i, line.stroke());
            }
        }
        return data;
    }

    /** The thread counts plotted and the range of the plotted values; 1, 2 and 1..2 when nothing is plottable. */
    private record Extent(TreeSet<Double> ladder, double minY, double maxY) {

        static Extent of(List<Line> lines, boolean speedup) {
            TreeSet<Double> ladder = new TreeSet<>();
            double minY = Double.POSITIVE_INFINITY;
            double maxY = 0;
            for (Line line : lines) {
                for (PointStats p : line.curve().points()) {
                    Estimate e = speedup ? p.speedup() : p.score();
                    if (plottable(e, p)) {
                        ladder.add(p.n());
                        minY = Math.min(minY, e.value());
                        maxY = Math.max(maxY, e.value());
                    }
                }
            }
            return ladder.isEmpty()
                    ? new Extent(new TreeSet<>(List.of(1.0, 2.0)), 1, 2)
                    : new Extent(ladder, minY, maxY);
        }
    }

    /** Writes the chart of a granularity sweep (speedup against task time) as an SVG to {@code file}. */
    public static void write(GranularitySweep sweep, Path file) throws IOException {
        GranularityChart.write(sweep, file);
    }

    /** Lines with points and vertical error bars; each series is styled by its engine ({@link EngineStyles}). */
    static XYErrorRenderer errorRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        return renderer;
    }

    /** Grey dashed reference lines (the ideal, break-even), in shades apart for each series of {@code lines}. */
    static XYLineAndShapeRenderer dashedRenderer(XYSeriesCollection lines) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, i == 0 ? Color.GRAY : Color.DARK_GRAY);
            renderer.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    i == 0 ? new float[] {6f, 6f} : new float[] {2f, 4f}, 0f));
        }
        return renderer;
    }

    /** A chart of {@code plot} on white with a grey grid and a legend. */
    static JFreeChart chart(String title, Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** SVG: vector text, no rasterising or compressing, so about ten times quicker than a PNG. */
    static void writeSvg(JFreeChart chart, Path file) throws IOException {
        writeSvg(chart, file, HEIGHT);
    }

    /**
     * {@link #writeSvg(JFreeChart, Path)} at {@code height} pixels. The ids of the clip paths are
     * prefixed with the file's name, not JFreeSVG's default of the clock, so that the same results
     * draw the same bytes and two charts inlined in one page keep apart.
     */
    static void writeSvg(JFreeChart chart, Path file, int height) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        graphics.setDefsKeyPrefix(defsKeyPrefix(file));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        Files.writeString(file, graphics.getSVGDocument(), StandardCharsets.UTF_8);
    }

    /** "fib-size-30-tasks-8-" for {@code charts/fib-size-30-tasks-8.svg}: letters, digits and dashes only, as an XML id allows. */
    static String defsKeyPrefix(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.svg$", "");
        return "c-" + name.replaceAll("[^A-Za-z0-9-]", "-") + "-";
    }

    /** A value axis with round tick labels; log or linear from zero. */
    static ValueAxis axis(String label, boolean log, double min, double max) {
        return valueAxis(label, log, min, max, new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }

    private static boolean plottable(Estimate e, PointStats p) {
        return e.known() && e.value() > 0 && p.n() > 0;
    }

    private static ValueAxis valueAxis(String label, boolean log, double min, double max, NumberFormat format) {
        if (log) {
            double low = Math.max(1e-9, min / 1.5);
            double high = max * 1.5;
            double[] ticks = LadderAxis.roundLogValues(low, high);
            if (ticks.length == 0) {
                ticks = new double[] {min, max};
            }
            ValueAxis axis = LadderAxis.of(label, ticks, true, format);
            axis.setRange(low, high);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(format);
        return axis;
    }

    /** The engine a curve is drawn as: its engine, or the workload's name for a benchmark without one. */
    private static String engine(String workload, CurveStats c) {
        String engine = c.curve().key().engine();
        return engine.isEmpty() ? workload : engine;
    }

    /** One curve as drawn: its legend name, numbers, colour, marker and line. */
    private record Line(String name, CurveStats curve, Color colour, Shape marker, Stroke stroke) {
    }
}
