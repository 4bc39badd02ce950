package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.CoreSpeed;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The environment table's rows: the core's speed as a sentence, JMH's version once. */
class EnvironmentRowsTest {

    @Test
    void of_cpuSpeedNumberObject_readsAsASentence() {
        Environment env = new Environment(Map.of("cpuSpeed", "{\"microsPerCall\":254.0,\"rounds\":15,\"spreadPercent\":80}"),
                Map.of());

        CoreSpeed speed = CoreSpeed.of(env).orElseThrow();
        assertEquals(new CoreSpeed(254, 15, 80), speed);
        String row = EnvironmentRows.of(env, List.of()).get("cpuSpeed");
        assertEquals(speed.describe(), row);
        assertEquals(Optional.of(speed), CoreSpeed.of(row), "the sentence reads back as the same numbers");
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
