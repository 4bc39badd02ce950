package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.stats.CpuUse;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Estimate;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.analysis.verdict.StatedRatio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code results.csv}: one row per benchmark (RFC 4180 quoting), a {@code machine} column when the
 * runs come from several machines (the label the report gives it), its parameters as
 * {@code param:NAME} columns, its secondary metrics as {@code secondary:NAME} columns, the curve
 * numbers where the benchmark is on a curve, and what the CPU profiler saw: {@code cores_busy} and
 * {@code foreign_cpu} in cores, {@code disturbed} {@code true} or {@code false} (empty when not
 * measured). Numbers have six significant digits; unknown ones are empty. Parameters keep JMH's
 * values ({@code PLATFORM_POOL}, not the report's {@code platform-pool}): what {@code results.json}
 * holds and {@code -p} takes, so rows join with JMH's own data.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** The CSV text of {@code analysis}, lines ending in {@code \n}. */
    public static String csv(RunAnalysis analysis) {
        Columns columns = Columns.of(analysis);
        Map<BenchmarkResult, PointStats> points = new IdentityHashMap<>();
        for (CurveStats c : analysis.curves()) {
            for (PointStats p : c.points()) {
                points.put(p.result(), p);
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns.header(analysis.scale().label()));
        for (BenchmarkResult r : analysis.results()) {
            line(sb, columns.row(r, points.get(r), CpuUse.of(r, analysis.environment())));
        }
        return sb.toString();
    }

    /** The columns that vary by run: every parameter and secondary metric read, and the machine when several. */
    private record Columns(Set<String> params, Set<String> secondaries, boolean machines) {

        /** The curve's columns after {@code curve_<scale>}, empty on a row that is on no curve. */
        private static final List<String> CURVE_NUMBERS = List.of("speedup", "speedup_low", "speedup_high",
                "efficiency", "karp_flatt", "vs_sequential", "vs_sequential_low", "vs_sequential_high");

        static Columns of(RunAnalysis analysis) {
            Set<String> params = new LinkedHashSet<>();
            Set<String> secondaries = new LinkedHashSet<>();
            for (BenchmarkResult r : analysis.results()) {
                params.addAll(r.params().keySet());
                secondaries.addAll(r.secondary().keySet());
            }
            return new Columns(params, secondaries, analysis.severalMachines());
        }

        List<String> header(String scaleLabel) {
            List<String> header = new ArrayList<>(List.of("source"));
            if (machines) {
                header.add("machine");
            }
            header.addAll(List.of("benchmark", "mode", "threads", "forks"));
            params.forEach(p -> header.add("param:" + p));
            header.addAll(List.of("score", "score_error", "ci_low", "ci_high", "unit", "samples",
                    "curve_" + scaleLabel));
            header.addAll(CURVE_NUMBERS);
            header.addAll(List.of("cores_busy", "foreign_cpu", "disturbed"));
            secondaries.forEach(s -> header.add("secondary:" + s));
            return header;
        }

        /** The row of {@code r}; {@code p} is its point on a curve, or null when it is on none. */
        List<String> row(BenchmarkResult r, PointStats p, CpuUse cpu) {
            List<String> row = new ArrayList<>(List.of(r.source()));
            if (machines) {
                row.add(r.machine());
            }
            row.addAll(List.of(r.benchmark(), r.mode().label(), Integer.toString(r.threads()),
                    Integer.toString(r.forks())));
            params.forEach(name -> row.add(r.params().getOrDefault(name, "")));
            Metric m = r.primary();
            row.addAll(List.of(num(m.score()), num(m.error()), num(m.low()), num(m.high()), m.unit(),
                    Integer.toString(m.samples())));
            if (p == null) {
                for (int i = 0; i <= CURVE_NUMBERS.size(); i++) {
                    row.add("");
                }
            } else {
                row.add(num(p.n()));
                estimate(row, p.speedup());
                row.add(num(p.efficiency().value()));
                row.add(num(p.karpFlatt().value()));
                estimate(row, p.vsSequential());
            }
            row.add(num(cpu.busyCores()));
            row.add(num(cpu.foreignCores()));
            row.add(cpu.disturbanceMeasured() ? Boolean.toString(cpu.disturbed()) : "");
            secondaries.forEach(s -> row.add(r.secondary().containsKey(s) ? num(r.secondary().get(s).score()) : ""));
            return row;
        }
    }

    /**
     * The text of {@code ratios.csv}: one row per ratio of the run ({@link RunAnalysis#ratios()}),
     * columns {@code group} (the report's heading), {@code kind}, {@code config} and {@code baseline}
     * as users type them, {@code ratio} = time(baseline) / time(config), its 95 % {@code low} and
     * {@code high}, and {@code paired} ({@code true} when measured side by side in rounds).
     */
    public static String ratios(RunAnalysis analysis) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.of("group", "kind", "config", "baseline", "ratio", "low", "high", "paired"));
        for (StatedRatio r : analysis.ratios()) {
            line(sb, List.of(r.group(), r.kind().label(), r.config(), r.baseline(), num(r.ratio().value()),
                    num(r.ratio().low()), num(r.ratio().high()), Boolean.toString(r.ratio().paired())));
        }
        return sb.toString();
    }

    private static void estimate(List<String> row, Estimate e) {
        row.add(num(e.value()));
        row.add(num(e.low()));
        row.add(num(e.high()));
    }

    /** Six significant digits, plain notation; empty when unknown. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        sb.append('\n');
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
