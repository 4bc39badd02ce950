package dev.boundbench.analysis.read;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A JMH benchmark mode, by the short label JMH writes in its JSON ({@code "mode" : "avgt"}). */
public enum Mode {
    /** Operations per unit of time. */
    THROUGHPUT("thrpt"),
    /** Average time per operation. */
    AVERAGE_TIME("avgt"),
    /** Sampled time per operation, with a histogram of samples. */
    SAMPLE_TIME("sample"),
    /** Time of a single operation per iteration. */
    SINGLE_SHOT("ss");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    /** The short label JMH writes, e.g. {@code avgt}. */
    public String label() {
        return label;
    }

    /**
     * The mode JMH writes as {@code label}.
     *
     * @throws IllegalArgumentException naming the bad label and the valid ones
     */
    public static Mode fromLabel(String label) {
        for (Mode mode : values()) {
            if (mode.label.equals(label)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode \"" + label + "\"; valid: "
                + Arrays.stream(values()).map(Mode::label).collect(Collectors.joining(", ")));
    }
}
