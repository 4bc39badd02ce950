package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.Estimate;
import java.util.Objects;

/**
 * The same batch on a CPython engine and on a JVM engine.
 *
 * @param n the scale value both ran at, or NaN when each is taken at its best
 * @param cpython the CPython engine's point
 * @param jvm the JVM engine's point
 * @param jvmOverCpython how many times faster the JVM engine ran the batch, with its interval
 */
public record RuntimeRatio(double n, Contender cpython, Contender jvm, Estimate jvmOverCpython) {

    /** Checks that nothing is missing. */
    public RuntimeRatio {
        Objects.requireNonNull(cpython, "cpython");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(jvmOverCpython, "jvmOverCpython");
    }
}
