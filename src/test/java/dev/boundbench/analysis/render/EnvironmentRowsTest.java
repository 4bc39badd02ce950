package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment table's rows: the core's speed as a sentence, JMH's version once. */
class EnvironmentRowsTest {

    @Test
    void of_cpuSpeedNumberObject_readsAsASentence() {
        Environment env = new Environment(Map.of("cpuSpeed", "{\"microsPerCall\":254.0,\"rounds\":15,\"spreadPercent\":80}"),
                Map.of());

        assertEquals("fib(24) on one thread: 254 µs per call (median of 15 rounds; spread 80 %)",
                EnvironmentRows.of(env, List.of()).get("cpuSpeed"));
    }

    @Test
    void of_suiteRecordedJmh_leavesJmhsOwnRowOut() throws Exception {
        List<BenchmarkResult> results = ResultsReader.read(Path.of(getClass()
                .getResource("/dev/boundbench/analysis/group/results.json").toURI())).results();

        assertTrue(EnvironmentRows.of(Environment.EMPTY, results).containsKey("JMH version"));
        assertFalse(EnvironmentRows.of(new Environment(Map.of("jmh", "1.37"), Map.of()), results)
                .containsKey("JMH version"));
    }
}
