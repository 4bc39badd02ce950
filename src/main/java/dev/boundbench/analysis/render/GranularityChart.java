package dev.boundbench.analysis.render;

import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.verdict.GranularitySweep;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One SVG per granularity sweep: each engine's speedup over the sequential engine against the
 * task's time, both axes logarithmic, with error bars (the 95 % bootstrap intervals), the
 * break-even line (speedup = 1) and the ideal (speedup = threads) of each thread count drawn.
 */
final class GranularityChart {

    private GranularityChart() {
    }

    /** Writes the chart of {@code sweep} as an SVG to {@code file}. */
    static void write(GranularitySweep sweep, Path file) throws IOException {
        double minX = sweep.rungs().get(0).taskSeconds() * 1e6;
        double maxX = sweep.rungs().get(sweep.rungs().size() - 1).taskSeconds() * 1e6;
        double minY = 1;
        double maxY = 1;
        boolean severalThreadCounts = sweep.curves().stream().mapToInt(GranularitySweep.EngineCurve::threads)
                .distinct().count() > 1;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = ChartWriter.errorRenderer();
        EngineStyles styles = new EngineStyles(sweep.curves().stream().map(GranularitySweep.EngineCurve::engine)
                .toList());
        for (GranularitySweep.EngineCurve curve : sweep.curves()) {
            YIntervalSeries series = new YIntervalSeries(severalThreadCounts
                    ? curve.engine() + " at " + curve.threads() : curve.engine());
            for (GranularitySweep.Point p : curve.points()) {
                Estimate e = p.speedup();
                if (e.known() && e.value() > 0) {
                    double low = e.hasInterval() ? Math.max(e.low(), e.value() / 100) : e.value();
                    double high = e.hasInterval() ? Math.min(e.high(), e.value() * 100) : e.value();
                    series.add(p.rung().taskSeconds() * 1e6, e.value(), low, high);
                    minY = Math.min(minY, e.value());
                    maxY = Math.max(maxY, e.value());
                }
            }
            if (series.getItemCount() > 0) {
                int i = data.getSeriesCount();
                data.addSeries(series);
                renderer.setSeriesPaint(i, styles.colour(curve.engine()));
                renderer.setSeriesShape(i, styles.marker(curve.engine()));
                renderer.setSeriesStroke(i, EngineStyles.line(curve.threads() == 1 ? 1 : 0));
            }
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries breakEven = new XYSeries("break-even (speedup = 1)");
        breakEven.add(minX, 1);
        breakEven.add(maxX, 1);
        lines.addSeries(breakEven);
        sweep.curves().stream().mapToInt(GranularitySweep.EngineCurve::threads).distinct().sorted().forEach(n -> {
            XYSeries ideal = new XYSeries("ideal at " + n + " threads (speedup = " + n + ")");
            ideal.add(minX, n);
            ideal.add(maxX, n);
            lines.addSeries(ideal);
        });
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            maxY = Math.max(maxY, lines.getSeries(i).getMaxY());
        }
        ValueAxis x = ChartWriter.axis("task time on the sequential engine, µs (log scale)", true, minX, maxX);
        ValueAxis y = ChartWriter.axis("speedup over sequential (log scale)", true, minY, maxY);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, ChartWriter.dashedRenderer(lines));
        ChartWriter.writeSvg(ChartWriter.chart(sweep.title() + " — speedup against task size", plot), file);
    }
}
