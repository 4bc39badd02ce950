package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells machines apart and names them. A run's machine is the set of its {@link #FACTS} recorded
 * in {@code environment.json} (JMH's own JDK record stands in for {@code jdk} where there is no
 * such file); runs with equal facts are one machine. Each machine's label holds its cores and every
 * other fact that differs between the machines, so {@code taskset -c 0} beside an unpinned run on
 * the same host reads {@code 1 core} and {@code 2 cores}.
 */
public final class Machines {

    /** The environment entry: cores available to the JVM ({@code availableProcessors}). */
    public static final String CORES = "cores";
    /** The environment entry: the CPU model. */
    public static final String CPU = "cpu";
    /** The environment entry: the JDK's vendor, VM and version. */
    public static final String JDK = "jdk";
    /** The environment entry: the host name. */
    public static final String HOST = "host";
    /** The facts that identify a machine, in the order labels show them. */
    public static final List<String> FACTS = List.of(CORES, CPU, JDK, HOST);

    private Machines() {
    }

    /** The identifying facts of a run: from its environment, the JDK from JMH's results where the environment lacks it. */
    static Map<String, String> factsOf(Environment environment, List<BenchmarkResult> results) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String fact : FACTS) {
            String value = environment.entries().get(fact);
            if (fact.equals(JDK) && (value == null || value.isBlank())) {
                value = results.stream().map(r -> (r.vmName() + " " + r.jdkVersion()).trim())
                        .filter(v -> !v.isEmpty()).findFirst().orElse(null);
            }
            if (value != null && !value.isBlank()) {
                facts.put(fact, value.trim());
            }
        }
        return facts;
    }

    /**
     * The machines of some runs, each named apart from the others.
     *
     * @param runs each machine's facts with its environment and the runs measured on it, in order
     *     of first appearance
     * @return one machine per entry, in the same order; labels are empty when there is one
     */
    static List<Machine> name(List<Runs> runs) {
        List<Machine> machines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Runs r : runs) {
            String label = runs.size() < 2 ? "" : label(r.facts(), runs);
            String unique = label;
            for (int i = 2; !used.add(unique); i++) {
                unique = label + " #" + i;
            }
            machines.add(new Machine(unique, r.facts(), r.environment(), r.sources()));
        }
        return machines;
    }

    private static String label(Map<String, String> facts, List<Runs> all) {
        List<String> parts = new ArrayList<>();
        parts.add(coresText(facts.get(CORES)));
        if (differs(CPU, all)) {
            parts.add(facts.containsKey(CPU) ? cpuText(facts.get(CPU)) : "CPU unknown");
        }
        if (differs(JDK, all)) {
            // The version alone when it tells the JDKs apart, else the vendor and VM too.
            boolean versionsDiffer = all.stream().map(r -> jdkText(r.facts().get(JDK), false)).distinct().count()
                    == all.stream().map(r -> r.facts().get(JDK)).distinct().count();
            parts.add(jdkText(facts.get(JDK), !versionsDiffer));
        }
        if (differs(HOST, all)) {
            parts.add("host " + facts.getOrDefault(HOST, "unknown"));
        }
        return String.join(", ", parts);
    }

    private static boolean differs(String fact, List<Runs> all) {
        return all.stream().map(r -> Objects.requireNonNullElse(r.facts().get(fact), "")).distinct().count() > 1;
    }

    /** {@code 1 core}, {@code 4 cores}, or {@code cores unknown}. */
    static String coresText(String cores) {
        if (cores == null || cores.isBlank()) {
            return "cores unknown";
        }
        return cores.trim() + (cores.trim().equals("1") ? " core" : " cores");
    }

    /** The CPU model without trademark signs: {@code Intel Xeon Platinum 8375C CPU @ 2.90GHz}. */
    static String cpuText(String cpu) {
        return cpu.replaceAll("\\((R|r|TM|tm)\\)", "").replaceAll("\\s+", " ").trim();
    }

    /** {@code JDK 25.0.3+9-LTS} (the last word of the entry, its version), or the whole entry when {@code full}. */
    static String jdkText(String jdk, boolean full) {
        if (jdk == null) {
            return "JDK unknown";
        }
        String[] words = jdk.trim().split("\\s+");
        return full ? jdk.trim() : "JDK " + words[words.length - 1];
    }

    /**
     * What is known of one machine before it is named.
     *
     * @param facts its identifying facts
     * @param environment its environment, merged over its runs
     * @param sources its runs, as the user named them
     */
    record Runs(Map<String, String> facts, Environment environment, List<String> sources) {

        /** Freezes the collections. */
        Runs {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
            Objects.requireNonNull(environment, "environment");
            sources = List.copyOf(sources);
        }
    }
}
