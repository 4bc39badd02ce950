package dev.boundbench.analysis;

import dev.boundbench.analysis.render.ChartWriter;
import dev.boundbench.analysis.render.CsvWriter;
import dev.boundbench.analysis.render.MarkdownReport;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.GranularitySweep;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.ShareSweep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Writes the report of a run: {@code report.md}, {@code results.csv}, {@code ratios.csv} and
 * {@code charts/*.svg}.
 * Bad data in a file never throws; it becomes a warning, listed in the report and returned. When
 * no benchmark at all could be read there is nothing to report, and nothing is written.
 */
public final class Report {

    /** The report's file name. */
    public static final String REPORT_FILE = "report.md";

    /** The CSV's file name. */
    public static final String CSV_FILE = "results.csv";

    /** The file name of the CSV of every ratio the report states. */
    public static final String RATIOS_FILE = "ratios.csv";

    private Report() {
    }

    /**
     * Reads {@code results.json} and {@code environment.json} in {@code resultsFolder} and writes the
     * report beside them.
     *
     * @return the warnings, each naming its file; empty when all went well
     * @throws UncheckedIOException when the report cannot be written (not for bad input)
     */
    public static List<String> write(Path resultsFolder) {
        return write(List.of(resultsFolder), resultsFolder, Scale.DEFAULT).warningTexts();
    }

    /**
     * Reads {@code inputs} (results folders or JSON files) and writes the report into {@code outDir};
     * writes nothing when no benchmark could be read ({@code results()} is then empty and the
     * warnings say why).
     *
     * @param scale the scaling variable of the curves
     * @return the analysis, its warnings including any chart that could not be drawn
     * @throws UncheckedIOException when the report cannot be written (not for bad input)
     */
    public static RunAnalysis write(List<Path> inputs, Path outDir, Scale scale) {
        RunAnalysis analysis = Analyzer.analyze(inputs, scale);
        if (analysis.results().isEmpty()) {
            return analysis;
        }
        try {
            Files.createDirectories(outDir);
            List<String> charts = new ArrayList<>(MarkdownReport.chartFiles(analysis));
            List<String> chartWarnings = new ArrayList<>(drawCharts(analysis, outDir, charts));
            List<ShareSweep> sweeps = analysis.shareSweeps();
            List<String> sweepCharts = new ArrayList<>(MarkdownReport.shareChartFiles(sweeps));
            chartWarnings.addAll(drawEach(sweeps, sweepCharts, outDir, MarkdownReport::writeShareChart,
                    sweep -> "chart of " + sweep.title() + " against the I/O share"));
            List<GranularitySweep> granularity = analysis.granularity();
            List<String> granularityCharts = new ArrayList<>(MarkdownReport.granularityChartFiles(granularity));
            chartWarnings.addAll(drawEach(granularity, granularityCharts, outDir, ChartWriter::write,
                    sweep -> "granularity chart of " + sweep.title()));
            analysis = analysis.withWarnings(chartWarnings);
            Files.writeString(outDir.resolve(REPORT_FILE), MarkdownReport.markdown(analysis, charts, sweepCharts,
                    granularityCharts),
                    StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(CSV_FILE), CsvWriter.csv(analysis), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(RATIOS_FILE), CsvWriter.ratios(analysis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report into " + outDir + ": " + e.getMessage(), e);
        }
        return analysis;
    }

    /** Draws one chart of a sweep into a file. */
    @FunctionalInterface
    private interface SweepChart<T> {
        void draw(T sweep, Path file) throws IOException;
    }

    /**
     * Draws the chart of each of {@code sweeps} into the file of the same index in {@code files};
     * a chart that cannot be drawn is set to null in {@code files}.
     *
     * @param what names a sweep's chart in a warning
     * @return a warning per chart not drawn
     */
    private static <T> List<String> drawEach(List<T> sweeps, List<String> files, Path outDir, SweepChart<T> chart,
            Function<T, String> what) throws IOException {
        if (!sweeps.isEmpty()) {
            Files.createDirectories(outDir.resolve(MarkdownReport.CHART_FOLDER));
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < sweeps.size(); i++) {
            Path file = outDir.resolve(files.get(i));
            try {
                chart.draw(sweeps.get(i), file);
            } catch (IOException | RuntimeException e) {
                warnings.add(file + ": " + what.apply(sweeps.get(i)) + " not drawn (" + e + ")");
                files.set(i, null);
            }
        }
        return warnings;
    }

    /**
     * Draws the charts named in {@code charts} ({@link MarkdownReport#chartFiles} order: the
     * workloads', then each engine's across machines), in parallel, since each is its own chart
     * object and image. A chart that cannot be drawn is set to null in {@code charts}.
     *
     * @return a warning per chart not drawn
     */
    private static List<String> drawCharts(RunAnalysis analysis, Path outDir, List<String> charts) throws IOException {
        if (charts.stream().anyMatch(Objects::nonNull)) {
            Files.createDirectories(outDir.resolve(MarkdownReport.CHART_FOLDER));
        }
        ChartWriter writer = ChartWriter.of(analysis);
        int perWorkload = analysis.workloads().size();
        String[] failures = new String[charts.size()];
        IntStream.range(0, charts.size()).filter(i -> charts.get(i) != null).parallel().forEach(i -> {
            Path file = outDir.resolve(charts.get(i));
            try {
                if (i < perWorkload) {
                    writer.write(analysis.workloads().get(i), file);
                } else {
                    writer.write(analysis.acrossMachines().get(i - perWorkload), file);
                }
            } catch (IOException | RuntimeException e) {
                String what = i < perWorkload ? analysis.workloads().get(i).title()
                        : analysis.acrossMachines().get(i - perWorkload).title() + " across machines";
                failures[i] = file + ": chart of " + what + " not drawn (" + e + ")";
            }
        });
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] != null) {
                warnings.add(failures[i]);
                charts.set(i, null);
            }
        }
        return warnings;
    }
}
