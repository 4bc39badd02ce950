package dev.boundbench.analysis.compare;

/** The verdict on one benchmark between two runs. */
public enum Change {
    /** The speed ratio's interval lies wholly above 1 and the change reaches the threshold. */
    FASTER("faster"),
    /** The speed ratio's interval lies wholly below 1 and the change reaches the threshold. */
    SLOWER("slower"),
    /** The interval holds 1, or the change is below the threshold. */
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
