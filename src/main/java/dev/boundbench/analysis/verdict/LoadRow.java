package dev.boundbench.analysis.verdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One load of a {@link LoadTable}: every benchmark method measured beside {@code hogs} hogs.
 *
 * @param hogs the value of the {@value LoadTables#HOGS} parameter
 * @param byMethod each method's figures by its short name (e.g. {@code fastRequest}), in file order
 */
public record LoadRow(double hogs, Map<String, LoadCell> byMethod) {

    /** Freezes the map, keeping its order. */
    public LoadRow {
        byMethod = Collections.unmodifiableMap(new LinkedHashMap<>(byMethod));
    }
}
