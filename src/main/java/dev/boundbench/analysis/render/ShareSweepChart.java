package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.ShareSweep;
import dev.boundbench.analysis.verdict.ShareSweep.EngineThreads;
import dev.boundbench.analysis.verdict.ShareSweep.Share;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One SVG per share sweep: a panel per thread count, each with every engine's score against the I/O
 * share and its error bars, an engine in the same colour in every panel.
 */
final class ShareSweepChart {

    private static final int PANEL_HEIGHT = 170;
    private static final int HEADER_HEIGHT = 140;

    private ShareSweepChart() {
    }

    /** Writes the chart of {@code sweep} as an SVG to {@code file}. */
    static void write(ShareSweep sweep, Path file) throws IOException {
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        NumberAxis share = new NumberAxis("I/O share (%)");
        share.setRange(-2, 102);
        share.setNumberFormatOverride(format);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(share);
        plot.setGap(12);
        List<String> engines = sweep.engines();
        EngineStyles styles = new EngineStyles(engines);
        List<Double> threadCounts = sweep.threadCounts();
        for (double n : threadCounts) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDefaultLinesVisible(true);
            renderer.setDefaultShapesVisible(true);
            renderer.setDrawXError(false);
            renderer.setCapLength(4);
            for (int e = 0; e < engines.size(); e++) {
                YIntervalSeries series = new YIntervalSeries(engines.get(e));
                for (Share s : sweep.shares()) {
                    EngineThreads curve = s.of(engines.get(e));
                    PointStats p = curve == null ? null : curve.at(n);
                    Estimate score = p == null ? Estimate.UNKNOWN : p.score();
                    if (score.known() && score.value() > 0) {
                        series.add(s.percent(), score.value(), score.hasInterval() ? Math.max(0, score.low())
                                : score.value(), score.hasInterval() ? score.high() : score.value());
                    }
                }
                // Every engine keeps its series index, so its colour, in every panel, even where it is empty.
                data.addSeries(series);
                renderer.setSeriesPaint(e, styles.colour(engines.get(e)));
                renderer.setSeriesShape(e, styles.marker(engines.get(e)));
                renderer.setSeriesStroke(e, EngineStyles.line(0));
                // One legend entry per engine: the first panel's.
                renderer.setSeriesVisibleInLegend(e, n == threadCounts.get(0));
            }
            NumberAxis time = new NumberAxis(Num.scale(n) + (n == 1 ? " thread" : " threads") + " ("
                    + sweep.key().unit() + ")");
            time.setAutoRangeIncludesZero(true);
            time.setNumberFormatOverride(format);
            XYPlot panel = new XYPlot(data, null, time, renderer);
            panel.setBackgroundPaint(Color.WHITE);
            panel.setDomainGridlinePaint(Color.LIGHT_GRAY);
            panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
            plot.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart(sweep.title() + " — score against the I/O share, by thread count",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartWriter.writeSvg(chart, file, HEADER_HEIGHT + PANEL_HEIGHT * Math.max(1, threadCounts.size()));
    }
}
