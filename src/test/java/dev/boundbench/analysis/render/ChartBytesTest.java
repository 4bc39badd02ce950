package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart drawn twice from the same data is the same file, byte for byte. */
class ChartBytesTest {

    @TempDir
    Path dir;

    private static JFreeChart chart() {
        XYSeries series = new XYSeries("platform-pool");
        series.add(1, 1.0);
        series.add(2, 1.9);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("threads"), new NumberAxis("speedup"),
                ChartWriter.dashedRenderer(new XYSeriesCollection(series)));
        return ChartWriter.chart("fib", plot);
    }

    @Test
    void writeSvg_sameChartTwice_sameBytes() throws Exception {
        Path first = dir.resolve("a").resolve("fib-size-30.svg");
        Path second = dir.resolve("b").resolve("fib-size-30.svg");
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());

        ChartWriter.writeSvg(chart(), first);
        Thread.sleep(2); // JFreeSVG's default ids came from the clock
        ChartWriter.writeSvg(chart(), second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertTrue(Files.readString(first).contains("id='c-fib-size-30-clip-0'"), "ids named after the file");
    }

    @Test
    void defsKeyPrefix_keepsWhatAnXmlIdAllows() {
        assertEquals("c-sleep-size-10-tasks-1000-", ChartWriter.defsKeyPrefix(Path.of("charts/sleep-size-10-tasks-1000.svg")));
        assertEquals("c-odd-lonely-label-only-four-", ChartWriter.defsKeyPrefix(Path.of("odd-lonely-label_only four.svg")));
    }
}
