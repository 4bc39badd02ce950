package dev.boundbench.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code --sweep} varies instead of the thread ladder: nothing (the scaling matrix), or the
 * task's size, from a task of well under a microsecond to one of about 10 ms (see {@link SweepPlanner}).
 */
public enum Sweep {

    /** No sweep: the scaling matrix along threads. */
    NONE,
    /** The granularity sweep: every size of each CPU workload's ladder, at one thread and at the core count. */
    SIZE;

    /** The name users type, e.g. {@code size}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws UsageException naming the bad value and the valid ones
     */
    public static Sweep fromName(String name) {
        return Arrays.stream(values()).filter(s -> s != NONE && s.id().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("Unknown sweep \"" + name + "\"; valid: "
                        + Arrays.stream(values()).filter(s -> s != NONE).map(Sweep::id)
                                .collect(Collectors.joining(", "))));
    }
}
