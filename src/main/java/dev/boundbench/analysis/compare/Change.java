package dev.boundbench.analysis.compare;

/** The verdict on one benchmark between two runs. */
public enum Change {
    /** The speed interval lies wholly above 1. */
    FASTER("faster"),
    /** The speed interval lies wholly below 1. */
    SLOWER("slower"),
    /** The speed interval holds 1. */
    NO_CHANGE("no change"),
    /** Only the first run has this benchmark. */
    ONLY_BEFORE("only in before"),
    /** Only the second run has this benchmark. */
    ONLY_AFTER("only in after"),
    /** The two runs measured it in different units, or a score is not a number. */
    INCOMPARABLE("incomparable");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    /** How the verdict reads in the table. */
    public String label() {
        return label;
    }
}
