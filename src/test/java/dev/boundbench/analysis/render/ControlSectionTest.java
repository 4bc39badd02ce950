package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.OrderEffect;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.StatedRatio;
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
        RunAnalysis analysis = twinSlowerBy(1);
        StringBuilder sb = new StringBuilder();
        ControlSection.append(sb, analysis);

        StatedRatio control = analysis.controls().get(0);
        assertEquals("fib (tasks=8, size=30)", control.group());
        assertEquals("platform-pool@2", control.config());
        assertEquals("platform-pool@2#2", control.baseline());
        assertEquals(1.004, control.ratio().value(), 5e-4);
        assertFalse(control.ratio().above(1) || control.ratio().below(1), control.ratio().toString());
        List<OrderEffect> shown = analysis.orderEffects().stream().filter(OrderEffect::shown).toList();
        assertEquals(List.of("fib (tasks=8, size=30)"), shown.stream().map(OrderEffect::group).toList());
        assertEquals(1.038, shown.get(0).ratio().value(), 5e-4, "running first costs 3.8 %");
        assertTrue(sb.toString().contains("| " + control.config() + " / " + control.baseline() + " "), sb.toString());
        assertTrue(sb.toString().contains("Order: "), sb.toString());
        assertFalse(sb.toString().contains("Warning"), sb.toString());
    }

    @Test
    void append_twinSlower_warnsNamingTheGroup() throws Exception {
        RunAnalysis analysis = twinSlowerBy(1.1);
        StringBuilder sb = new StringBuilder();
        ControlSection.append(sb, analysis);

        StatedRatio control = analysis.controls().get(0);
        assertTrue(control.ratio().below(1) || control.ratio().above(1), control.ratio().toString());
        assertTrue(analysis.orderEffects().stream().noneMatch(OrderEffect::shown), analysis.orderEffects().toString());
        assertTrue(sb.toString().contains("**Warning**: in " + control.group() + ", " + control.config()), sb.toString());
        assertFalse(sb.toString().contains("Order:"), "an order effect within the A/A's reach is not shown");
    }
}
