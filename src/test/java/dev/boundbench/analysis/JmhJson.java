package dev.boundbench.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds JMH 1.37-shaped result JSON for tests: one entry per {@link #add} call. */
public final class JmhJson {

    private final List<String> entries = new ArrayList<>();

    /** Parameters as alternating names and values. */
    public static Map<String, String> params(String... nameValue) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put(nameValue[i], nameValue[i + 1]);
        }
        return map;
    }

    /**
     * Adds an entry with a score, its error (NaN for unknown) and raw data to match: two forks of two
     * iterations whose fork means lie {@code error / 3} either side of the score (the bootstrap's 95 %
     * interval of a ratio of two such entries is then about as wide as interval arithmetic on the
     * errors), or a single value when the error is unknown.
     */
    public JmhJson add(String benchmark, String mode, String unit, Map<String, String> params, double score,
            double error) {
        double d = error / 3;
        double[][] raw = Double.isNaN(error) ? new double[][] {{score}}
                : new double[][] {{score + d, score + d}, {score - d, score - d}};
        return add(benchmark, mode, unit, params, score, error, raw);
    }

    /** Adds an entry with a score, its error (NaN for unknown) and the given raw data, one array per fork. */
    public JmhJson add(String benchmark, String mode, String unit, Map<String, String> params, double score,
            double error, double[][] raw) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"jmhVersion\" : \"1.37\", \"benchmark\" : \"").append(benchmark).append("\", \"mode\" : \"")
                .append(mode).append("\", \"threads\" : 1, \"forks\" : 2, \"jdkVersion\" : \"25\",")
                .append(" \"vmName\" : \"OpenJDK 64-Bit Server VM\", \"measurementIterations\" : 2,");
        if (!params.isEmpty()) {
            sb.append(" \"params\" : {");
            List<String> ps = new ArrayList<>();
            params.forEach((k, v) -> ps.add("\"" + k + "\" : \"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
            sb.append(String.join(", ", ps)).append("},");
        }
        sb.append(" \"primaryMetric\" : {\"score\" : ").append(num(score)).append(", \"scoreError\" : ")
                .append(num(error)).append(", \"scoreConfidence\" : [").append(num(score - error)).append(", ")
                .append(num(score + error)).append("], \"scoreUnit\" : \"").append(unit).append("\"")
                .append(raw == null ? "" : ", \"rawData\" : " + rawData(raw))
                .append("}, \"secondaryMetrics\" : {}}");
        entries.add(sb.toString());
        return this;
    }

    /**
     * Gives the last entry the CPU profiler's four secondary metrics, each with two forks of two
     * iterations of raw data around its score.
     *
     * @param busyCores {@code ·cpu.busy}, in cores
     * @param foreignCores {@code ·cpu.foreign}, in cores
     * @param stealPercent {@code ·cpu.steal}, in percent
     */
    public JmhJson cpu(double busyCores, double foreignCores, double stealPercent) {
        String last = entries.remove(entries.size() - 1);
        String metrics = String.join(", ", secondary("·cpu.busy", "cores", busyCores),
                secondary("·cpu.time", "ms/op", busyCores * 10), secondary("·cpu.foreign", "cores", foreignCores),
                secondary("·cpu.steal", "%", stealPercent));
        entries.add(last.replace("\"secondaryMetrics\" : {}", "\"secondaryMetrics\" : {" + metrics + "}"));
        return this;
    }

    /** Gives the last entry a secondary metric {@code name} in {@code unit}: one fork of {@code raw} iterations, scored by their mean. */
    public JmhJson metric(String name, String unit, double... raw) {
        String last = entries.remove(entries.size() - 1);
        double mean = java.util.Arrays.stream(raw).average().orElse(Double.NaN);
        String values = java.util.Arrays.stream(raw).mapToObj(JmhJson::num).collect(java.util.stream.Collectors.joining(", "));
        String metric = "\"" + name + "\" : {\"score\" : " + num(mean) + ", \"scoreError\" : \"NaN\", \"scoreConfidence\" : "
                + "[\"NaN\", \"NaN\"], \"scoreUnit\" : \"" + unit + "\", \"rawData\" : [[" + values + "]]}";
        entries.add(last.contains("\"secondaryMetrics\" : {}")
                ? last.replace("\"secondaryMetrics\" : {}", "\"secondaryMetrics\" : {" + metric + "}")
                : last.replace("\"secondaryMetrics\" : {", "\"secondaryMetrics\" : {" + metric + ", "));
        return this;
    }

    /**
     * Gives the last entry (a sample-time one, added without raw data) JMH's latency percentiles and a
     * histogram of {@code timed} operations in one fork and one iteration, all at its score.
     */
    public JmhJson latency(double p50, double p99, double p999, long timed) {
        String last = entries.remove(entries.size() - 1);
        String score = last.substring(last.indexOf("\"score\" : ") + 10, last.indexOf(", \"scoreError\""));
        entries.add(last.replace("}, \"secondaryMetrics\"", ", \"scorePercentiles\" : {\"0.0\" : " + num(p50 / 2)
                + ", \"50.0\" : " + num(p50) + ", \"99.0\" : " + num(p99) + ", \"99.9\" : " + num(p999)
                + ", \"100.0\" : " + num(p999) + "}, \"rawDataHistogram\" : [[[[" + score + ", " + timed
                + "]]]]}, \"secondaryMetrics\""));
        return this;
    }

    private static String secondary(String name, String unit, double score) {
        return "\"" + name + "\" : {\"score\" : " + num(score) + ", \"scoreError\" : \"NaN\", \"scoreConfidence\" : "
                + "[\"NaN\", \"NaN\"], \"scoreUnit\" : \"" + unit + "\", \"rawData\" : [[" + num(score) + ", "
                + num(score) + "], [" + num(score) + ", " + num(score) + "]]}";
    }

    /** The JSON array. */
    public String json() {
        return "[\n" + String.join(",\n", entries) + "\n]\n";
    }

    /** Writes the JSON array to {@code file} and returns the file. */
    public Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rawData(double[][] raw) {
        List<String> forks = new ArrayList<>();
        for (double[] fork : raw) {
            List<String> values = new ArrayList<>();
            for (double v : fork) {
                values.add(num(v));
            }
            forks.add("[" + String.join(", ", values) + "]");
        }
        return "[" + String.join(", ", forks) + "]";
    }

    private static String num(double d) {
        if (Double.isNaN(d)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "\"+INF\"" : "\"-INF\"";
        }
        return String.format(Locale.ROOT, "%s", d);
    }
}
