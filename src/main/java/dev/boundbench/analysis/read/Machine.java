package dev.boundbench.analysis.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The machine, and JDK, that runs were measured on: what tells two runs' curves apart. It is
 * identified by the facts recorded in {@code environment.json} (see {@link Machines#FACTS}); runs
 * with the same facts are the same machine.
 *
 * @param label how reports name it beside the others, e.g. {@code 1 core} or {@code 2 cores, JDK
 *     21.0.5}; empty when the inputs hold one machine only
 * @param facts the identifying facts that were recorded ({@code cores}, {@code cpu}, {@code jdk},
 *     {@code host}), in that order
 * @param environment its {@code environment.json}, merged over its runs (the first run's entries win)
 * @param sources the runs measured on it, as the user named them
 */
public record Machine(String label, Map<String, String> facts, Environment environment, List<String> sources) {

    /** Checks the values and freezes the collections. */
    public Machine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(environment, "environment");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        sources = List.copyOf(sources);
    }

    /** Every fact in words, e.g. {@code 2 cores, AMD EPYC, JDK 25.0.3+9-LTS, host vm}. */
    public String description() {
        List<String> parts = new ArrayList<>();
        parts.add(Machines.coresText(facts.get(Machines.CORES)));
        if (facts.containsKey(Machines.CPU)) {
            parts.add(Machines.cpuText(facts.get(Machines.CPU)));
        }
        if (facts.containsKey(Machines.JDK)) {
            parts.add(Machines.jdkText(facts.get(Machines.JDK), false));
        }
        if (facts.containsKey(Machines.HOST)) {
            parts.add("host " + facts.get(Machines.HOST));
        }
        return String.join(", ", parts);
    }
}
