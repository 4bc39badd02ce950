package dev.boundbench.analysis;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.compare.CompareSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: usage, report, compare, exit codes and messages. */
class AnalysisCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalysisCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path results(String folder, double fibMs) {
        JmhJson json = new JmhJson();
        for (int t : new int[] {1, 2, 4}) {
            json.add("b.B.m", "avgt", "ms/op", params("workload", "fib", "engine", "POOL", "threads",
                    Integer.toString(t)), fibMs / t, fibMs / t / 100);
        }
        json.write(dir.resolve(folder).resolve("results.json"));
        return dir.resolve(folder);
    }

    @Test
    void run_help_printsUsage() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("report [--out DIR] [--scale PARAM] <results-folder-or-json>..."), out());
    }

    @Test
    void run_noArguments_printsUsageAndFails() {
        assertEquals(2, run());
        assertTrue(err().startsWith("Usage:"));
    }

    @Test
    void run_unknownCommand_namesItAndTheValidOnes() {
        assertEquals(2, run("plot"));
        assertEquals("Unknown command \"plot\"; valid: report, compare, --help\n", err().replace("\r", ""));
    }

    @Test
    void run_unknownOption_namesItAndTheValidOnes() {
        assertEquals(2, run("report", "--colour", "x.json"));
        assertEquals("Unknown option \"--colour\" for report; valid: --out, --scale, --help\n", err().replace("\r", ""));
    }

    @Test
    void run_optionWithoutValue_saysSo() {
        assertEquals(2, run("report", "x.json", "--out"));
        assertEquals("Option --out needs a value\n", err().replace("\r", ""));
    }

    @Test
    void run_badThreshold_namesIt() {
        assertEquals(2, run("compare", "--threshold", "lots", "a", "b"));
        assertEquals("Bad --threshold \"lots\": expected a percentage of 0 or more, such as 5\n",
                err().replace("\r", ""));
    }

    @Test
    void run_report_writesReportCsvAndChartIntoTheFolder() throws Exception {
        Path folder = results("run", 100);

        assertEquals(0, run("report", folder.toString()));

        assertEquals(folder.resolve("report.md") + System.lineSeparator(), out());
        assertTrue(Files.readString(folder.resolve("report.md")).contains("![fib: speedup against threads]"
                + "(charts/fib.svg)"));
        assertTrue(Files.exists(folder.resolve("results.csv")));
        String svg = Files.readString(folder.resolve("charts/fib.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg);
        assertTrue(svg.contains("fib") && svg.contains("ideal (speedup = threads)"), "title and legend drawn as text");
    }

    @Test
    void run_reportOfBadInputs_writesReportListingEveryProblem() throws Exception {
        Path good = results("good", 100);
        Path notJson = Files.writeString(dir.resolve("notjson.json"), "Benchmark Mode Cnt Score");
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        Path missing = dir.resolve("missing.json");
        Path out = dir.resolve("out");

        int code = run("report", "--out", out.toString(), good.toString(), notJson.toString(), empty.toString(),
                missing.toString());

        assertEquals(0, code, "something was read");
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Warnings"), report);
        assertTrue(report.contains("- " + missing + ": no such file"), report);
        assertTrue(report.contains("- " + empty + ": holds no benchmarks (an empty array)"), report);
        assertTrue(report.contains("- " + notJson + ": not JSON ("), report);
        assertTrue(report.contains("## fib"), "the good file is still reported");
        assertTrue(err().contains("warning: " + missing + ": no such file"), err());
    }

    @Test
    void run_reportOfFileThatIsNotJmhResults_writesNothingAndSaysWhyInOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("somewhere/else"));
        Path notJmh = Files.writeString(folder.resolve("config.json"), "{\"threads\": 4}");

        assertEquals(1, run("report", notJmh.toString()));

        assertEquals("report: nothing to report, nothing written: no JMH results in " + notJmh
                + ": JSON but not JMH results (expected an array of benchmarks, found an object)\n",
                err().replace("\r", ""));
        assertEquals("", out());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(notJmh), files.toList(), "no report.md, results.csv or charts beside it");
        }
    }

    @Test
    void run_reportOfNothingReadable_writesNothingIntoOut() {
        Path out = dir.resolve("out");
        Path text = dir.resolve("console.log");

        assertEquals(1, run("report", "--out", out.toString(), dir.resolve("missing.json").toString(), text.toString()));

        assertEquals("report: nothing to report, nothing written: no JMH results in " + dir.resolve("missing.json")
                + ": no such file; " + text + ": no such file\n", err().replace("\r", ""));
        assertFalse(Files.exists(out), "not even the folder");
    }

    @Test
    void run_reportOfJmhFileInAnyFolder_writesTheReportBesideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("downloads/jmh"));
        JmhJson json = new JmhJson();
        for (int t : new int[] {1, 2}) {
            json.add("b.B.m", "avgt", "ms/op", params("engine", "PLATFORM_POOL", "threads", Integer.toString(t)),
                    10.0 / t, 0.1);
        }
        Path file = folder.resolve("jmh-result.json");
        json.write(file);

        assertEquals(0, run("report", file.toString()));

        assertEquals(folder.resolve("report.md") + System.lineSeparator(), out());
        assertTrue(Files.readString(folder.resolve("report.md")).contains("| platform-pool |"), "engine as users type it");
        assertTrue(Files.exists(folder.resolve("results.csv")));
        assertTrue(Files.exists(folder.resolve("charts/b-m.svg")));
    }

    @Test
    void run_compareSlowerBeyondThreshold_exitsOne() {
        Path before = results("before", 100);
        Path after = results("after", 120);

        assertEquals(1, run("compare", before.toString(), after.toString()));
        assertTrue(out().contains("+20 % ["), out());
        assertTrue(out().contains("slower (beyond 5 %)"), out());
    }

    @Test
    void run_compareWithinThreshold_exitsZero() {
        Path before = results("before", 100);
        Path after = results("after", 120);

        assertEquals(0, run("compare", "--threshold", "25", before.toString(), after.toString()));
        assertTrue(out().contains(new CompareSummary(0, 0, 3, 0).line(25)), out());
    }

    @Test
    void run_compareOneRun_isBadUsage() {
        assertEquals(2, run("compare", results("one", 100).toString()));
        assertEquals("compare needs two runs, <before> <after>; got 1\n", err().replace("\r", ""));
    }
}
