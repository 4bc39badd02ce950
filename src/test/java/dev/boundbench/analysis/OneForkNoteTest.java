package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boundbench.analysis.stats.Scale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report says what one fork's paired intervals leave out (what differs from one JVM to the
 * next) for a group measured in one fork, and not for the same group measured in two.
 */
class OneForkNoteTest {

    private static final String NOTE = "paired points come from one fork";

    @TempDir
    Path dir;

    @Test
    void report_oneForkGroup_saysWhatItsIntervalsLeaveOut() throws IOException {
        Report.write(List.of(ReportGoldenTest.resource("group")), dir, Scale.DEFAULT);

        String report = Files.readString(dir.resolve(Report.REPORT_FILE), StandardCharsets.UTF_8);
        assertTrue(report.contains("5 of 8 " + NOTE), report);
    }

    @Test
    void report_twoForkGroup_noNote() throws IOException {
        Path twoForks = dir.resolve("two-forks");
        Files.createDirectories(twoForks);
        ObjectMapper json = new ObjectMapper();
        JsonNode benchmarks = json.readTree(ReportGoldenTest.resource("group/results.json").toFile());
        for (JsonNode benchmark : benchmarks) {
            ((ObjectNode) benchmark).put("forks", 2);
            secondFork(benchmark.get("primaryMetric"));
            benchmark.path("secondaryMetrics").forEach(OneForkNoteTest::secondFork);
        }
        json.writeValue(twoForks.resolve("results.json").toFile(), benchmarks);
        Files.copy(ReportGoldenTest.resource("group/environment.json"), twoForks.resolve("environment.json"));

        Report.write(List.of(twoForks), dir.resolve("report"), Scale.DEFAULT);

        String report = Files.readString(dir.resolve("report").resolve(Report.REPORT_FILE), StandardCharsets.UTF_8);
        assertTrue(report.contains("Ratios: 15 of 15 paired"), report);
        assertFalse(report.contains(NOTE), report);
    }

    /** A second fork after the first: its iterations 2 % slower, so that the two forks differ. */
    private static void secondFork(JsonNode metric) {
        ArrayNode raw = (ArrayNode) metric.get("rawData");
        if (raw == null || raw.isEmpty()) {
            return;
        }
        ArrayNode second = raw.addArray();
        raw.get(0).forEach(v -> second.add(v.asDouble() * 1.02));
    }
}
