package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a standard-sized run (120 points, most of them noisy enough to warn): the answer comes
 * first, and the warnings stay a short summary however many points they name.
 */
class StandardReportTest {

    private static final String[] ENGINES = {"SEQUENTIAL", "PLATFORM_POOL", "VIRTUAL", "FORK_JOIN", "PROCESS_POOL"};

    private static final int[] THREADS = {1, 2, 4, 8, 16, 32, 64, 128};

    @TempDir
    Path dir;

    @Test
    void report_standardRun_warningsFitInThirtyLines() throws Exception {
        RunAnalysis analysis = write();
        String report = report();

        String warnings = report.substring(report.indexOf("\n## Warnings\n"));
        long lines = warnings.lines().count();
        assertTrue(analysis.warnings().size() > 30, "enough warnings to test the summary: " + analysis.warnings().size());
        assertTrue(lines <= 30, lines + " lines:\n" + warnings);
    }

    @Test
    void report_standardRun_answerBeforeTrustAndEnvironment() throws Exception {
        write();
        String report = report();

        int shows = report.indexOf("\n## What this run shows\n");
        int trust = report.indexOf("\n## How far to trust it\n");
        int environment = report.indexOf("\n## Environment\n");
        assertTrue(shows > 0 && shows < trust && trust < environment, report);
        assertTrue(report.indexOf("\n## ", report.indexOf('\n')) == shows, "nothing before the answer but the title");
    }

    /** Writes 3 workloads × 5 engines × 8 thread counts, a spread of 15 % on two points of three. */
    private RunAnalysis write() {
        JmhJson json = new JmhJson();
        Random random = new Random(7);
        int point = 0;
        for (int w = 0; w < 3; w++) {
            for (int e = 0; e < ENGINES.length; e++) {
                for (int t : THREADS) {
                    double ms = 100.0 * (1 + 0.03 * (t - 1)) / t * (1 + 0.1 * e);
                    double noise = point++ % 3 == 0 ? 0.01 : 0.15;
                    json.add("dev.boundbench.bench.ScalingBenchmark.batch", "avgt", "ms/op", JmhJson.params(
                            "workload", "w" + w, "engine", ENGINES[e], "threads", Integer.toString(t), "tasks", "8"),
                            ms, ms * noise, raw(ms, noise, random));
                }
            }
        }
        json.write(dir.resolve("results.json"));
        return Report.write(List.of(dir.resolve("results.json")), dir, Scale.DEFAULT);
    }

    private String report() throws Exception {
        return Files.readString(dir.resolve(Report.REPORT_FILE), StandardCharsets.UTF_8);
    }

    private static double[][] raw(double mean, double noise, Random random) {
        double[][] raw = new double[1][10];
        for (int i = 0; i < raw[0].length; i++) {
            raw[0][i] = mean * (1 + noise * random.nextGaussian());
        }
        return raw;
    }
}
