package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.stats.Scale;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seals the formats of report.md, results.csv and ratios.csv against golden files, under two default
 * locales, for the suite's own results, for awkward ones (commas, quotes, pipes, unicode in params,
 * every mode, NaN) and for groups measured side by side (one with such a workload name). Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate
 * change, then review the diff.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/boundbench/analysis/golden");

    @TempDir
    Path out;

    static Path resource(String name) {
        try {
            return Path.of(ReportGoldenTest.class.getResource("/dev/boundbench/analysis/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"suite, suite, en-US", "suite, suite, de-DE", "awkward, awkward/results.json, en-US",
        "awkward, awkward/results.json, de-DE", "group, group, en-US", "group, group, de-DE"})
    void write_fixture_matchesGoldenFiles(String name, String input, String locale) throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(locale));
        try {
            Report.write(List.of(resource(input)), out, Scale.DEFAULT);
        } finally {
            Locale.setDefault(before);
        }
        for (String file : List.of(Report.REPORT_FILE, Report.CSV_FILE, Report.RATIOS_FILE)) {
            String actual = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            Path golden = GOLDEN.resolve(name).resolve(file);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file + " of " + name + " under "
                    + locale);
        }
        for (String chart : MarkdownCharts.linked(out.resolve(Report.REPORT_FILE))) {
            assertTrue(Files.size(out.resolve(chart)) > 1000, "chart " + chart + " drawn");
        }
    }

    @Test
    void write_twice_byteIdenticalReports() throws IOException {
        Report.write(List.of(resource("suite")), out.resolve("first"), Scale.DEFAULT);
        Report.write(List.of(resource("suite")), out.resolve("second"), Scale.DEFAULT);

        for (String file : List.of(Report.REPORT_FILE, Report.CSV_FILE)) {
            assertArrayEquals(Files.readAllBytes(out.resolve("first").resolve(file)),
                    Files.readAllBytes(out.resolve("second").resolve(file)), file + ": the bootstrap's seeds are fixed");
        }
    }

    /** The chart links of a report. */
    static final class MarkdownCharts {
        static List<String> linked(Path report) throws IOException {
            return Files.readAllLines(report).stream().filter(l -> l.startsWith("!["))
                    .map(l -> l.substring(l.lastIndexOf("](") + 2, l.length() - 1)).toList();
        }
    }
}
