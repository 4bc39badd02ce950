package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.Runtimes;
import dev.boundbench.analysis.verdict.Workload;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * One SVG per workload: every engine's speedup against threads with its error bars and the ideal
 * line (speedup = threads), CPython engines dashed; logarithmic axes when the ladder spans a factor of 32 or more. A
 * workload without one-thread points is drawn as scores instead. Runs headless.
 */
public final class ChartWriter {

    /** Ladders whose highest over lowest value reaches this get logarithmic axes. */
    public static final double LOG_SCALE_RATIO = 32;

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    /** Colours that stay apart on white (Okabe–Ito, without its yellow). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999933)};

    /** CPython engines are drawn dashed, so the two runtimes stand apart in one chart. */
    private static final BasicStroke CPYTHON_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {9f, 4f}, 0f);

    static {
        // The one class that touches AWT: no display is needed, whoever calls it.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartWriter() {
    }

    /** Whether the chart of {@code workload} plots speedups (else scores). */
    public static boolean plotsSpeedup(Workload workload) {
        return workload.curves().stream().anyMatch(CurveStats::hasSpeedup);
    }

    /** Writes the chart of {@code workload} as an SVG to {@code file}. */
    public static void write(Workload workload, String scaleLabel, Path file) throws IOException {
        boolean speedup = plotsSpeedup(workload);
        double minN = Double.POSITIVE_INFINITY;
        double maxN = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = 0;
        for (CurveStats c : workload.curves()) {
            for (PointStats p : c.points()) {
                Estimate e = speedup ? p.speedup() : p.score();
                if (plottable(e, p)) {
                    minN = Math.min(minN, p.n());
                    maxN = Math.max(maxN, p.n());
                    minY = Math.min(minY, e.value());
                    maxY = Math.max(maxY, e.value());
                }
            }
        }
        if (maxN == 0) {
            minN = 1;
            maxN = 2;
            minY = 1;
            maxY = 2;
        }
        boolean log = maxN / minN >= LOG_SCALE_RATIO;
        // Error bars are clamped to what the plot can show: above zero, and below twice its top.
        double top = 2 * (speedup ? Math.max(maxY, maxN) : maxY);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (CurveStats c : workload.curves()) {
            String name = c.curve().key().engine().isEmpty() ? workload.name() : c.curve().key().engine();
            YIntervalSeries series = new YIntervalSeries(name);
            for (PointStats p : c.points()) {
                Estimate e = speedup ? p.speedup() : p.score();
                if (plottable(e, p)) {
                    double low = e.hasInterval() ? Math.max(e.low(), e.value() / 100) : e.value();
                    double high = e.hasInterval() ? Math.min(e.high(), top) : e.value();
                    series.add(p.n(), e.value(), low, high);
                }
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (Runtimes.isCPython(data.getSeriesKey(i).toString())) {
                renderer.setSeriesStroke(i, CPYTHON_STROKE);
            }
        }
        String logNote = log ? " (log scale)" : "";
        ValueAxis x = axis(scaleLabel + logNote, log, minN, maxN);
        ValueAxis y = speedup
                ? axis("speedup against " + scaleLabel + " = 1" + logNote, log, Math.min(minY, minN),
                        Math.max(maxY, maxN))
                : axis("score (" + workload.key().unit() + ")" + logNote, log, minY, maxY);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (speedup) {
            XYSeries ideal = new XYSeries("ideal (speedup = " + scaleLabel + ")");
            ideal.add(minN, minN);
            ideal.add(maxN, maxN);
            XYLineAndShapeRenderer idealRenderer = new XYLineAndShapeRenderer(true, false);
            idealRenderer.setSeriesPaint(0, Color.GRAY);
            idealRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 6f}, 0f));
            plot.setDataset(1, new XYSeriesCollection(ideal));
            plot.setRenderer(1, idealRenderer);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String title = workload.title() + " — " + workload.kind()
                + (speedup ? "" : " (no point at " + scaleLabel + " = 1: scores)");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        writeSvg(chart, file);
    }

    /** SVG: vector text, no rasterising or compressing, so about ten times quicker than a PNG. */
    private static void writeSvg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        Files.writeString(file, graphics.getSVGDocument(), StandardCharsets.UTF_8);
    }

    private static boolean plottable(Estimate e, PointStats p) {
        return e.known() && e.value() > 0 && p.n() > 0;
    }

    private static ValueAxis axis(String label, boolean log, double min, double max) {
        NumberFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (log) {
            LogarithmicAxis axis = new LogarithmicAxis(label);
            axis.setStrictValuesFlag(false);
            axis.setNumberFormatOverride(format);
            axis.setRange(Math.max(1e-9, min / 1.5), max * 1.5);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(format);
        return axis;
    }

}
