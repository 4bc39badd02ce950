package dev.boundbench.analysis.verdict;

/**
 * A change of the clear winner between two measured scale values.
 *
 * @param before the last scale value where {@code from} won clearly
 * @param from the engine that won up to {@code before}
 * @param after the first scale value where {@code to} won clearly
 * @param to the engine that wins from {@code after}
 */
public record Crossover(double before, String from, double after, String to) {

    /** Checks the order. */
    public Crossover {
        if (!(before < after)) {
            throw new IllegalArgumentException("A crossover runs from a lower to a higher n, got " + before + " and "
                    + after);
        }
    }
}
