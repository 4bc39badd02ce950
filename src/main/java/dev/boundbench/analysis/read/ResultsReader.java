package dev.boundbench.analysis.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a JMH result file ({@code -rf json}) with Jackson's tree model. Never throws for bad data:
 * every problem becomes a warning naming the file, and the readable entries are kept. An entry of
 * the group benchmark becomes one result per configuration ({@link GroupEntries}), paired by the
 * file and the entry's index.
 */
public final class ResultsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultsReader() {
    }

    /** Reads {@code file}; a missing, unreadable or malformed file gives warnings and no results. */
    public static Loaded read(Path file) {
        List<String> warnings = new ArrayList<>();
        JsonNode root = benchmarkArray(file, warnings);
        if (root == null) {
            return new Loaded(new ArrayList<>(), warnings);
        }
        return entries(root, file, warnings);
    }

    /** The file's array of benchmarks; null, with the reason added to {@code warnings}, when it holds none. */
    private static JsonNode benchmarkArray(Path file, List<String> warnings) {
        String name = file.toString();
        if (!Files.exists(file)) {
            warnings.add(name + ": no such file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            warnings.add(name + ": not a regular file");
            return null;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            warnings.add(name + ": not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + at(e) + ")");
            return null;
        } catch (IOException e) {
            warnings.add(name + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
        if (root == null || root.isMissingNode()) {
            warnings.add(name + ": empty file, not JSON");
            return null;
        }
        if (!root.isArray()) {
            warnings.add(name + ": JSON but not JMH results (expected an array of benchmarks, found "
                    + kind(root) + ")");
            return null;
        }
        if (root.isEmpty()) {
            warnings.add(name + ": holds no benchmarks (an empty array)");
            return null;
        }
        return root;
    }

    /** Every entry of {@code root} read, a paired group's entry expanded into its configurations. */
    private static Loaded entries(JsonNode root, Path file, List<String> warnings) {
        String name = file.toString();
        String source = file.getFileName() == null ? name : file.getFileName().toString();
        List<BenchmarkResult> results = new ArrayList<>();
        List<PairedGroup> groups = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root) {
            index++;
            try {
                BenchmarkResult result = entry(entry, source);
                if (result.benchmark().equals(PairedGroup.BENCHMARK)) {
                    GroupEntries.Expanded expanded = GroupEntries.expand(result, name + " entry " + index);
                    results.addAll(expanded.results());
                    groups.add(expanded.group());
                } else {
                    results.add(result);
                }
            } catch (IllegalArgumentException e) {
                warnings.add(name + ": entry " + index + " is not a JMH result: " + e.getMessage());
            }
        }
        if (results.isEmpty() && index > 0) {
            warnings.add(name + ": JSON but not JMH results (no entry could be read)");
        }
        return new Loaded(results, warnings, groups);
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static BenchmarkResult entry(JsonNode entry, String source) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException("expected an object, found " + kind(entry));
        }
        String benchmark = requiredText(entry, "benchmark");
        Mode mode = Mode.fromLabel(requiredText(entry, "mode"));
        int threads = entry.path("threads").asInt(1);
        int forks = entry.path("forks").asInt(0);
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode paramsNode = entry.path("params");
        if (paramsNode.isObject()) {
            for (Map.Entry<String, JsonNode> p : paramsNode.properties()) {
                params.put(p.getKey(), p.getValue().isValueNode() ? p.getValue().asText() : p.getValue().toString());
            }
        }
        JsonNode primaryNode = entry.get("primaryMetric");
        if (primaryNode == null || !primaryNode.isObject()) {
            throw new IllegalArgumentException("missing \"primaryMetric\"");
        }
        if (!primaryNode.has("score")) {
            throw new IllegalArgumentException("missing \"primaryMetric.score\"");
        }
        Metric primary = metric(primaryNode, "primaryMetric");
        Map<String, Metric> secondary = new LinkedHashMap<>();
        JsonNode secondaryNode = entry.path("secondaryMetrics");
        if (secondaryNode.isObject()) {
            for (Map.Entry<String, JsonNode> s : secondaryNode.properties()) {
                if (s.getValue().isObject()) {
                    secondary.put(s.getKey(), metric(s.getValue(), "secondaryMetrics." + s.getKey()));
                }
            }
        }
        return new BenchmarkResult(source, benchmark, mode, Math.max(1, threads), Math.max(0, forks), params,
                primary, secondary, entry.path("jdkVersion").asText(""), entry.path("vmName").asText(""),
                entry.path("jmhVersion").asText(""));
    }

    private static String requiredText(JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return node.textValue();
    }

    private static Metric metric(JsonNode node, String where) {
        double score = JsonNumbers.read(node.get("score"), where + ".score");
        double error = JsonNumbers.read(node.get("scoreError"), where + ".scoreError");
        double low = Double.NaN;
        double high = Double.NaN;
        JsonNode confidence = node.path("scoreConfidence");
        if (confidence.isArray() && confidence.size() == 2) {
            low = JsonNumbers.read(confidence.get(0), where + ".scoreConfidence");
            high = JsonNumbers.read(confidence.get(1), where + ".scoreConfidence");
        }
        RawStatistics raw = raw(node, where);
        RawSamples samples = samples(node, where);
        if (!(Double.isFinite(low) && Double.isFinite(high))) {
            if (!Double.isFinite(error)) {
                error = raw.halfWidth();
            }
            low = Double.isFinite(error) ? score - error : Double.NaN;
            high = Double.isFinite(error) ? score + error : Double.NaN;
        } else if (low > high) {
            double swap = low;
            low = high;
            high = swap;
        }
        if (!Double.isFinite(error) && Double.isFinite(low) && Double.isFinite(high)) {
            error = (high - low) / 2;
        }
        String unit = node.path("scoreUnit").asText("");
        return new Metric(score, error, low, high, unit, (int) Math.min(Integer.MAX_VALUE, iterations(node)),
                samples, percentiles(node, where, raw));
    }

    /**
     * JMH's {@code scorePercentiles} ({@code "99.9" : value}), with the count of timed operations
     * from {@code rawDataHistogram}; none when the metric has no percentiles.
     */
    private static Percentiles percentiles(JsonNode node, String where, RawStatistics raw) {
        JsonNode percentiles = node.path("scorePercentiles");
        if (!percentiles.isObject() || percentiles.isEmpty()) {
            return Percentiles.NONE;
        }
        SortedMap<Double, Double> byPercent = new TreeMap<>();
        for (Map.Entry<String, JsonNode> p : percentiles.properties()) {
            double percent;
            try {
                percent = Double.parseDouble(p.getKey());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ".scorePercentiles has a key that is not a percentile: \""
                        + p.getKey() + "\"");
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException(where + ".scorePercentiles has a percentile outside 0..100: "
                        + p.getKey());
            }
            byPercent.put(percent, JsonNumbers.read(p.getValue(), where + ".scorePercentiles"));
        }
        boolean histogram = node.path("rawDataHistogram").isArray();
        return new Percentiles(byPercent, histogram ? Math.round(raw.count()) : 0);
    }

    /**
     * The values per fork and iteration: rawData as it is; for rawDataHistogram, each iteration's
     * weighted mean.
     */
    private static RawSamples samples(JsonNode node, String where) {
        List<double[]> forks = new ArrayList<>();
        JsonNode rawData = node.path("rawData");
        if (rawData.isArray()) {
            for (JsonNode fork : rawData) {
                double[] values = new double[fork.size()];
                int i = 0;
                for (JsonNode value : fork) {
                    values[i++] = JsonNumbers.read(value, where + ".rawData");
                }
                forks.add(values);
            }
        }
        JsonNode histogram = node.path("rawDataHistogram");
        if (forks.isEmpty() && histogram.isArray()) {
            for (JsonNode fork : histogram) {
                double[] values = new double[fork.size()];
                int i = 0;
                for (JsonNode iteration : fork) {
                    RawStatistics one = new RawStatistics();
                    for (JsonNode pair : iteration) {
                        if (pair.isArray() && pair.size() == 2) {
                            one.add(JsonNumbers.read(pair.get(0), where + ".rawDataHistogram"),
                                    JsonNumbers.read(pair.get(1), where + ".rawDataHistogram"));
                        }
                    }
                    values[i++] = one.mean();
                }
                forks.add(values);
            }
        }
        return new RawSamples(forks);
    }

    /** Every measurement in rawData (one value per iteration) or rawDataHistogram (value, count pairs). */
    private static RawStatistics raw(JsonNode node, String where) {
        RawStatistics stats = new RawStatistics();
        JsonNode rawData = node.path("rawData");
        if (rawData.isArray()) {
            for (JsonNode fork : rawData) {
                for (JsonNode value : fork) {
                    stats.add(JsonNumbers.read(value, where + ".rawData"), 1);
                }
            }
        }
        JsonNode histogram = node.path("rawDataHistogram");
        if (histogram.isArray()) {
            for (JsonNode fork : histogram) {
                for (JsonNode iteration : fork) {
                    for (JsonNode pair : iteration) {
                        if (pair.isArray() && pair.size() == 2) {
                            stats.add(JsonNumbers.read(pair.get(0), where + ".rawDataHistogram"),
                                    JsonNumbers.read(pair.get(1), where + ".rawDataHistogram"));
                        }
                    }
                }
            }
        }
        return stats;
    }

    private static long iterations(JsonNode node) {
        long count = 0;
        for (String field : new String[] {"rawData", "rawDataHistogram"}) {
            JsonNode forks = node.path(field);
            if (forks.isArray()) {
                for (JsonNode fork : forks) {
                    count += fork.size();
                }
            }
        }
        return count;
    }
}
