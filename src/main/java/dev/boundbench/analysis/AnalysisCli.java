package dev.boundbench.analysis;

import dev.boundbench.analysis.compare.CompareRow;
import dev.boundbench.analysis.compare.CompareTable;
import dev.boundbench.analysis.compare.Comparison;
import dev.boundbench.analysis.compare.MachinePair;
import dev.boundbench.analysis.compare.RatioChanges;
import dev.boundbench.analysis.read.Inputs;
import dev.boundbench.analysis.render.Num;
import dev.boundbench.analysis.stats.HierarchicalBootstrap;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the analysis: {@code report} writes a run's report (of runs from one machine
 * or several), {@code compare} judges two runs benchmark by benchmark. Exit codes: 0 done, 1
 * nothing read (report, which then writes nothing) or slower beyond the threshold (compare), 2
 * bad usage.
 */
public final class AnalysisCli {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: no benchmark read (report), or something slower beyond the threshold (compare). */
    public static final int FAILED = 1;
    /** Exit code: bad usage. */
    public static final int USAGE = 2;

    private static final double DEFAULT_THRESHOLD = 5;

    static final String USAGE_TEXT = """
            Usage:
              report [--out DIR] [--scale PARAM] <results-folder-or-json>...
                  Writes report.md, results.csv and charts/*.svg into DIR (default: the first
                  folder given, or the folder of the first JSON file) and prints the report's path;
                  writes nothing when no JMH result could be read. Runs from several machines or
                  JDKs (told apart by their environment.json) are kept apart and set side by side.
                  --scale  the parameter the curves run along (default: threads; jmh-threads for
                           JMH's own thread count, -t)
              compare [--threshold PCT] <before> <after>
                  Compares two runs (results folders or JSON files) benchmark by benchmark, and
                  says which machines they ran on; exits with 1 when any benchmark is slower by
                  more than PCT percent (default 5).
              --help
                  Prints this text.
            Exit codes: 0 done, 1 no benchmark read (report; nothing written) or slower beyond
            the threshold (compare), 2 bad usage.
            """;

    private AnalysisCli() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line: results to {@code out}, warnings and errors to {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            return switch (args[0]) {
                case "report" -> report(List.of(args).subList(1, args.length), out, err);
                case "compare" -> compare(List.of(args).subList(1, args.length), out, err);
                case "--help", "-h", "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("Unknown command \"" + args[0]
                        + "\"; valid: report, compare, --help");
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private static int report(List<String> args, PrintStream out, PrintStream err) {
        Path outDir = null;
        Scale scale = Scale.DEFAULT;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--out" -> outDir = Path.of(value(args, ++i, a));
                case "--scale" -> scale = new Scale(value(args, ++i, a));
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    return OK;
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("Unknown option \"" + a + "\" for report; valid: --out, --scale, --help");
                    }
                    inputs.add(Path.of(a));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("report needs at least one results folder or JSON file");
        }
        if (outDir == null) {
            Path first = inputs.stream().filter(Files::exists).findFirst().orElse(null);
            if (first == null) {
                err.println("report: no such file or folder: " + inputs.stream().map(Path::toString)
                        .collect(java.util.stream.Collectors.joining(", ")) + "; nothing written");
                return FAILED;
            }
            outDir = Files.isDirectory(first) ? first
                    : first.toAbsolutePath().getParent() != null ? first.toAbsolutePath().getParent() : Path.of(".");
        }
        RunAnalysis analysis = Report.write(inputs, outDir, scale);
        if (analysis.results().isEmpty()) {
            err.println("report: nothing to report, nothing written: no JMH results in "
                    + (analysis.warnings().isEmpty() ? String.join(", ", analysis.sources())
                            : String.join("; ", analysis.warningTexts())));
            return FAILED;
        }
        analysis.warnings().forEach(w -> err.println("warning: " + w));
        out.println(outDir.resolve(Report.REPORT_FILE));
        return OK;
    }

    private static int compare(List<String> args, PrintStream out, PrintStream err) {
        Optional<CompareArgs> parsed = CompareArgs.parse(args);
        if (parsed.isEmpty()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        return compare(parsed.get().inputs(), parsed.get().threshold(), out, err);
    }

    /** The runs {@code compare} reads, before and after, and its threshold in percent. */
    private record CompareArgs(List<Path> inputs, double threshold) {

        /** The arguments read; empty when they ask for help. */
        static Optional<CompareArgs> parse(List<String> args) {
            double threshold = DEFAULT_THRESHOLD;
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--threshold" -> threshold = percentage(value(args, ++i, a));
                    case "--help", "-h" -> {
                        return Optional.empty();
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            throw new UsageException("Unknown option \"" + a
                                    + "\" for compare; valid: --threshold, --help");
                        }
                        inputs.add(Path.of(a));
                    }
                }
            }
            if (inputs.size() != 2) {
                throw new UsageException("compare needs two runs, <before> <after>; got " + inputs.size());
            }
            return Optional.of(new CompareArgs(List.copyOf(inputs), threshold));
        }
    }

    private static int compare(List<Path> inputs, double threshold, PrintStream out, PrintStream err) {
        Inputs.Input before = Inputs.load(List.of(inputs.get(0)));
        Inputs.Input after = Inputs.load(List.of(inputs.get(1)));
        List<String> warnings = new ArrayList<>(before.loaded().warnings());
        warnings.addAll(after.loaded().warnings());
        if (before.loaded().results().isEmpty() || after.loaded().results().isEmpty()) {
            warnings.forEach(w -> err.println("warning: " + w));
            err.println("Nothing to compare: no benchmark read from "
                    + (before.loaded().results().isEmpty() ? inputs.get(0) : inputs.get(1)));
            return USAGE;
        }
        List<CompareRow> rows = Comparison.compare(before.loaded().results(), after.loaded().results(), threshold,
                warnings);
        out.println("Before: " + inputs.get(0) + " (" + before.loaded().results().size() + " benchmarks); after: "
                + inputs.get(1) + " (" + after.loaded().results().size() + " benchmarks).");
        out.print(MachinePair.describe(before.machines().get(0), after.machines().get(0)));
        String speeds = CpuSpeeds.line(before.environment(), after.environment());
        if (!speeds.isEmpty()) {
            out.println(speeds);
        }
        out.println("Change = after / before - 1 of the time per operation (time units) or of the speed "
                + "(throughput units), with its " + Num.percent(HierarchicalBootstrap.LEVEL)
                + " interval (unpaired: a hierarchical bootstrap from rawData); "
                + "no change when the interval holds 0 % or the change is below the threshold, "
                + Num.scale(threshold) + " %.");
        out.println();
        out.print(CompareTable.render(rows, threshold));
        String unmatched = Comparison.unmatched(rows, before.loaded().results(), after.loaded().results());
        if (!unmatched.isEmpty()) {
            out.println(unmatched);
        }
        out.println();
        out.print(RatioChanges.render(RatioChanges.of(
                Analyzer.analyze(List.of(inputs.get(0)), Scale.DEFAULT).ratios(),
                Analyzer.analyze(List.of(inputs.get(1)), Scale.DEFAULT).ratios())));
        warnings.forEach(w -> err.println("warning: " + w));
        return rows.stream().anyMatch(CompareRow::slowerBeyond) ? FAILED : OK;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException("Option " + option + " needs a value");
        }
        return args.get(i);
    }

    private static double percentage(String text) {
        try {
            double v = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException("Bad --threshold \"" + text + "\": expected a percentage of 0 or more, such as 5");
    }

    /** A command line that cannot run; the message names the bad value and the valid ones. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
