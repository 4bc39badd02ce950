package dev.boundbench.launcher;

import dev.boundbench.bench.ConfigId;
import dev.boundbench.bench.GroupProfiler;
import dev.boundbench.monitor.MachineLoadProfiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The short table of scores printed at the end of a run: one line per measured point (for a paired
 * group, its round and then each configuration's batch), with the machine monitor's cores busy and
 * foreign CPU as columns (other secondary results get lines of their own).
 */
final class SummaryTable {

    private static final List<String> PARAMS = List.of("workload", "engine", "threads", "tasks", "size");

    /** A paired group's parameters that its rows show as engine and threads instead. */
    private static final List<String> GROUP_PARAMS = List.of("configs", "seed");

    /** The monitor's secondary results shown as columns, by name, with their headers. */
    private static final List<String> MONITOR = List.of(MachineLoadProfiler.CPU_BUSY, MachineLoadProfiler.CPU_FOREIGN);
    private static final String MONITOR_PREFIX = "·cpu.";
    private static final int COLUMNS = 12;

    private SummaryTable() {
    }

    static String render(Collection<RunResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "workload", "engine", "threads", "tasks", "size", "other params",
            "score", "error", "unit", "cores busy", "foreign cpu"});
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            String benchmark = params.getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String[] columns = new String[PARAMS.size()];
            for (int i = 0; i < PARAMS.size(); i++) {
                String value = params.getParam(PARAMS.get(i));
                columns[i] = value == null ? "" : value;
            }
            boolean group = benchmark.equals(JmhSession.GROUP_BENCHMARK);
            String others = params.getParamsKeys().stream().filter(key -> !PARAMS.contains(key))
                    .filter(key -> !group || !GROUP_PARAMS.contains(key))
                    .map(key -> key + "=" + params.getParam(key)).collect(Collectors.joining(" "));
            if (group) {
                columns[1] = "(a round)";
            }
            String[] primary = row(name, columns, others, run.getPrimaryResult());
            for (int i = 0; i < MONITOR.size(); i++) {
                Result<?> monitored = run.getSecondaryResults().get(MONITOR.get(i));
                primary[10 + i] = monitored == null ? "" : String.format(Locale.ROOT, "%.2f", monitored.getScore());
            }
            rows.add(primary);
            for (var secondary : run.getSecondaryResults().entrySet()) {
                String key = secondary.getKey();
                if (group && key.startsWith(GroupProfiler.BATCH_PREFIX)) {
                    ConfigId config = ConfigId.parse(key.substring(GroupProfiler.BATCH_PREFIX.length()));
                    String[] configColumns = columns.clone();
                    configColumns[1] = config.engine().id() + (config.isTwin() ? " (A/A twin)" : "");
                    configColumns[2] = String.valueOf(config.threads());
                    rows.add(row(name, configColumns, others, secondary.getValue()));
                } else if (!key.startsWith(MONITOR_PREFIX)) {
                    rows.add(row(name + ":" + key, columns, others, secondary.getValue()));
                }
            }
        }
        return align(rows);
    }

    private static String[] row(String name, String[] params, String others, Result<?> result) {
        String[] row = new String[COLUMNS];
        Arrays.fill(row, "");
        row[0] = name;
        System.arraycopy(params, 0, row, 1, params.length);
        row[6] = others;
        row[7] = number(result.getScore());
        row[8] = Double.isNaN(result.getScoreError()) ? "" : "± " + number(result.getScoreError());
        row[9] = result.getScoreUnit();
        return row;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.3f" : "%.4g";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** Pads the columns, numbers to the right, and leaves out columns empty in every row. */
    private static String align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        boolean[] used = new boolean[columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], rows.get(r)[c].length());
                used[c] |= r > 0 && !rows.get(r)[c].isEmpty();
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (!used[c]) {
                    continue;
                }
                boolean numeric = c >= 3 && c != 6 && c != 9;
                String padding = " ".repeat(widths[c] - row[c].length());
                line.append(line.isEmpty() ? "" : "  ").append(numeric ? padding + row[c] : row[c] + padding);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

}
