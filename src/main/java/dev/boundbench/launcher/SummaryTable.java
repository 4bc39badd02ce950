package dev.boundbench.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The short table of scores printed at the end of a run: one line per measured point. */
final class SummaryTable {

    private static final List<String> PARAMS = List.of("workload", "engine", "threads", "tasks", "size");

    private SummaryTable() {
    }

    static String render(Collection<RunResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "workload", "engine", "threads", "tasks", "size", "score", "error", "unit"});
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            Result<?> primary = run.getPrimaryResult();
            String[] row = new String[9];
            String benchmark = params.getBenchmark();
            row[0] = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            for (int i = 0; i < PARAMS.size(); i++) {
                String value = params.getParam(PARAMS.get(i));
                row[i + 1] = value == null ? "" : value;
            }
            row[6] = number(primary.getScore());
            row[7] = Double.isNaN(primary.getScoreError()) ? "" : "± " + number(primary.getScoreError());
            row[8] = primary.getScoreUnit();
            rows.add(row);
        }
        return align(rows);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.3f" : "%.4g";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                boolean numeric = c >= 3 && c <= 7;
                String cell = numeric ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : row[c] + " ".repeat(widths[c] - row[c].length());
                text.append(c == 0 ? "" : "  ").append(cell);
            }
            text.append(System.lineSeparator());
        }
        return text.toString().replaceAll(" +(\\R)", "$1");
    }

}
