package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands an entry of the group benchmark into one {@link BenchmarkResult} per configuration but
 * the twins, shaped as the per-point benchmark's are ({@code workload}, {@code engine} in
 * enum-constant style, {@code threads}, then the group's other parameters), so that curves, fits
 * and verdicts read them unchanged. Each result's primary metric is its configuration's
 * {@code ·batch:} metric, tagged with the group's pairing; the group's machine monitor comes along
 * but for cores busy and CPU time, which mix every configuration of the group.
 */
final class GroupEntries {

    private static final Pattern CONFIG = Pattern.compile("([^@]+)@([1-9][0-9]*)(" + Pattern.quote(PairedGroup.TWIN)
            + ")?");

    /** Parameters of the group that no configuration's result keeps. */
    private static final List<String> GROUP_ONLY = List.of("configs", "seed");

    /** Monitor metrics measured for the group as a whole that would misjudge one configuration. */
    private static final List<String> MIXED = List.of("\u00b7cpu.busy", "\u00b7cpu.time");

    private GroupEntries() {
    }

    /** A group entry's results and what only the group has. */
    record Expanded(List<BenchmarkResult> results, PairedGroup group) {
    }

    /**
     * Expands {@code entry}, read as a plain result, tagging its batch metrics {@code pairing}.
     *
     * @throws IllegalArgumentException when {@code configs} is missing or names a configuration the
     *     file has no well-formed id or no batch metric for
     */
    static Expanded expand(BenchmarkResult entry, String pairing) {
        String list = entry.params().get("configs");
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("a group without \"params.configs\"");
        }
        Map<String, String> groupParams = new LinkedHashMap<>(entry.params());
        GROUP_ONLY.forEach(groupParams::remove);
        Map<String, Metric> others = new LinkedHashMap<>(entry.secondary());
        others.keySet().removeIf(k -> k.startsWith(PairedGroup.BATCH) || k.equals(PairedGroup.ORDER)
                || MIXED.contains(k));
        List<String> configs = new ArrayList<>();
        Map<String, Metric> batches = new LinkedHashMap<>();
        List<BenchmarkResult> results = new ArrayList<>();
        for (String id : list.split("\\+")) {
            String config = id.strip();
            Matcher m = CONFIG.matcher(config);
            if (!m.matches()) {
                throw new IllegalArgumentException("configuration \"" + config + "\" in params.configs is not"
                        + " <engine>@<threads>, optionally with " + PairedGroup.TWIN);
            }
            Metric batch = entry.secondary().get(PairedGroup.BATCH + config);
            if (batch == null) {
                throw new IllegalArgumentException("params.configs names " + config + " but secondaryMetrics has no \""
                        + PairedGroup.BATCH + config + "\"");
            }
            batch = new Metric(batch.score(), batch.error(), batch.low(), batch.high(), batch.unit(), batch.samples(),
                    batch.raw().withPairing(pairing));
            configs.add(config);
            batches.put(config, batch);
            if (m.group(3) == null) {
                results.add(new BenchmarkResult(entry.source(), entry.benchmark(), entry.mode(), entry.threads(),
                        entry.forks(), params(groupParams, m.group(1), m.group(2)), batch, others, entry.jdkVersion(),
                        entry.vmName(), entry.jmhVersion(), entry.machine()));
            }
        }
        return new Expanded(results, new PairedGroup(entry.source(), pairing, groupParams, configs, batches,
                Optional.ofNullable(entry.secondary().get(PairedGroup.ORDER)), entry.machine()));
    }

    /** The group's parameters with the engine and threads after the workload (first without one). */
    private static Map<String, String> params(Map<String, String> group, String engine, String threads) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!group.containsKey("workload")) {
            params.put(EngineName.PARAM, EngineName.constant(engine));
            params.put("threads", threads);
        }
        group.forEach((k, v) -> {
            params.put(k, v);
            if (k.equals("workload")) {
                params.put(EngineName.PARAM, EngineName.constant(engine));
                params.put("threads", threads);
            }
        });
        return params;
    }
}
