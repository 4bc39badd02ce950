package dev.boundbench.analysis.stats;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each point's core speed beside the run's: the points measured on a slower or faster core are named. */
class HostSpeedTest {

    @TempDir
    Path dir;

    /** Four points at 1 thread on engines a–d; each point's iterations timed fib(24) at the given µs per call. */
    private Path write(double[]... speeds) {
        JmhJson json = new JmhJson();
        for (int i = 0; i < speeds.length; i++) {
            json.add("b.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", "fib", "engine",
                    String.valueOf((char) ('a' + i)), "threads", "1"), 40, 1);
            if (speeds[i].length > 0) {
                json.metric(HostSpeed.METRIC, "µs/call", speeds[i]);
            }
        }
        return json.write(dir.resolve("results.json"));
    }

    private List<BenchmarkResult> read(Path file) {
        return ResultsReader.read(file).results();
    }

    @Test
    void of_pointOnASlowerCore_isNamedWithItsMedian() {
        HostSpeed speed = HostSpeed.of(read(write(new double[] {200, 210, 190}, new double[] {205, 199, 900},
                new double[] {198, 202, 201}, new double[] {340, 330, 335})));

        assertEquals(4, speed.measured());
        assertEquals(203, speed.runMedian(), 1e-9, "the median of the points' medians 200, 205, 201, 335");
        assertEquals(200, speed.fastest(), 1e-9);
        assertEquals(335, speed.slowest(), 1e-9);
        assertEquals(1, speed.off().size(), "one iteration at 900 µs does not move b's median");
        assertEquals("d", speed.off().get(0).result().params().get("engine"));
        assertEquals("Host speed: fib(24) took 200–335 µs per call on one core across the points (median 203); 1 of 4"
                + " points ran on a core over 20 % off that, and their ratios to the others carry the difference (see"
                + " Warnings)", speed.line());
        assertEquals(List.of("results.json: ScalingBenchmark.batch [avgt] (workload=fib, engine=d, threads=1): host speed: fib(24) took"
                + " 335 µs per call on one core while it ran, against the run's median of 203 (+65 %): it ran on a slower"
                + " core than the other points"), speed.warnings());
    }

    @Test
    void of_steadyCore_namesNoPoint() {
        HostSpeed speed = HostSpeed.of(read(write(new double[] {200, 210}, new double[] {220, 230})));

        assertEquals(List.of(), speed.off());
        assertEquals("Host speed: fib(24) took 205–225 µs per call on one core across the points (median 215); every"
                + " point within 20 % of it", speed.line());
    }

    @Test
    void of_withoutTheMetric_saysNotMeasured() {
        HostSpeed speed = HostSpeed.of(read(write(new double[0], new double[0])));

        assertEquals(0, speed.measured());
        assertEquals("Host speed: not measured (the results carry no ·cpu.speed)", speed.line());
        assertEquals(List.of(), speed.warnings());
    }
}
