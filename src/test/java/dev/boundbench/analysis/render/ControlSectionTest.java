package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The A/A control and the order check at the head of a report of groups. */
class ControlSectionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** The group fixture with the fib group's twin {@code factor} times slower in every iteration. */
    private RunAnalysis twinSlowerBy(double factor) throws IOException, URISyntaxException {
        JsonNode root = MAPPER.readTree(Path.of(getClass().getResource("/dev/boundbench/analysis/group/results.json")
                .toURI()).toFile());
        JsonNode twin = root.get(0).get("secondaryMetrics").get("\u00b7batch:platform-pool@2#2");
        ((ObjectNode) twin).put("score", twin.get("score").asDouble() * factor);
        ((ObjectNode) twin).remove(List.of("scoreError", "scoreConfidence"));
        for (JsonNode fork : twin.get("rawData")) {
            for (int i = 0; i < fork.size(); i++) {
                ((ArrayNode) fork).set(i, fork.get(i).asDouble() * factor);
            }
        }
        Path file = dir.resolve("results.json");
        MAPPER.writeValue(file.toFile(), root);
        return Analyzer.analyze(List.of(file), Scale.DEFAULT);
    }

    @Test
    void append_twinsAgree_tablesTheFloorWithoutWarning() throws Exception {
        StringBuilder sb = new StringBuilder();
        ControlSection.append(sb, twinSlowerBy(1));

        assertTrue(sb.toString().matches("(?s).*\\| fib \\(tasks=8, size=30\\) +\\| platform-pool@2 / platform-pool@2#2 +\\|"
                + " +1\\.004× \\[.*"), sb.toString());
        assertTrue(sb.toString().contains("Order: running first in a round costs fib (tasks=8, size=30) 3.8 % ["),
                sb.toString());
        assertFalse(sb.toString().contains("Warning"), sb.toString());
    }

    @Test
    void append_twinSlower_warnsNamingTheGroup() throws Exception {
        StringBuilder sb = new StringBuilder();
        ControlSection.append(sb, twinSlowerBy(1.1));

        assertTrue(sb.toString().contains("**Warning**: in fib (tasks=8, size=30), platform-pool@2 and its twin"
                + " differ beyond their interval"), sb.toString());
        assertFalse(sb.toString().contains("Order:"), "an order effect within the A/A's reach is not shown");
    }
}
