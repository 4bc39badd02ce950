package dev.boundbench.analysis.compare;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.ResultsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judging two runs benchmark by benchmark, in both directions of units. */
class ComparisonTest {

    @TempDir
    Path dir;

    private List<BenchmarkResult> run(String name, String mode, String unit, double... scores) {
        JmhJson json = new JmhJson();
        for (int i = 0; i < scores.length; i++) {
            json.add("b.B.m", mode, unit, params("i", Integer.toString(i)), scores[i], scores[i] * 0.01);
        }
        return ResultsReader.read(json.write(dir.resolve(name))).results();
    }

    @Test
    void compare_timeUnit_moreTimeIsSlower() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 10, 10, 10),
                run("b.json", "avgt", "ms/op", 12, 8, 10.01), 5, new ArrayList<>());

        assertEquals(List.of(Change.SLOWER, Change.FASTER, Change.NO_CHANGE), rows.stream().map(CompareRow::change)
                .toList());
        assertEquals(20, rows.get(0).slowdownPercent(), 1e-9);
        assertTrue(rows.get(0).slowerBeyond(5));
        assertFalse(rows.get(0).slowerBeyond(25));
    }

    @Test
    void compare_rateUnit_lessIsSlower() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "thrpt", "ops/s", 100, 100),
                run("b.json", "thrpt", "ops/s", 80, 125), 5, new ArrayList<>());

        assertEquals(Change.SLOWER, rows.get(0).change());
        assertEquals(25, rows.get(0).slowdownPercent(), 1e-9, "100/80: a quarter more time per operation");
        assertEquals(0.8, rows.get(0).speed().value(), 1e-12);
        assertEquals(Change.FASTER, rows.get(1).change());
    }

    @Test
    void compare_unmatched_listsBothSides() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 1, 1),
                run("b.json", "avgt", "ms/op", 1), 5, new ArrayList<>());

        assertEquals(Change.ONLY_BEFORE, rows.get(1).change());
    }

    @Test
    void render_table_summarises() {
        List<CompareRow> rows = Comparison.compare(run("a.json", "avgt", "ms/op", 10, 10),
                run("b.json", "avgt", "ms/op", 12, 10), 5, new ArrayList<>());

        String table = CompareTable.render(rows, 5);

        assertTrue(table.contains("slower by 20.0% (beyond 5.00%)"), table);
        assertTrue(table.endsWith("0 faster, 1 slower (1 beyond 5.00%), 1 no change.\n"), table);
    }
}
