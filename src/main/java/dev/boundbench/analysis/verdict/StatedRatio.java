package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.stats.Estimate;
import java.util.Objects;

/**
 * One ratio the report states: time(baseline) / time(config), above 1 when {@code config} is
 * faster, with its 95 % interval.
 *
 * @param group the heading of the report's section it belongs to, e.g. {@code fib (tasks=8, size=30)}
 * @param kind what the ratio compares
 * @param config the configuration as users type it, {@code <engine>@<threads>}, e.g. {@code platform-pool@2}
 * @param baseline the configuration it is set against, e.g. {@code platform-pool@1} or the twin
 *     {@code platform-pool@2#2}
 * @param ratio the ratio with its interval; {@link Estimate#paired()} when both were measured side by side
 */
public record StatedRatio(String group, Kind kind, String config, String baseline, Estimate ratio) {

    /** What a ratio compares. */
    public enum Kind {
        /** A configuration against the same engine on one thread. */
        SPEEDUP("speedup"),
        /** A configuration against the sequential engine. */
        VS_SEQUENTIAL("vs-sequential"),
        /** The faster of two engines at the same thread count against the slower. */
        MARGIN("margin"),
        /** A configuration against its A/A twin: the run's noise floor. */
        AA("a/a");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind reads in {@code ratios.csv}. */
        public String label() {
            return label;
        }
    }

    /** Checks that nothing is missing. */
    public StatedRatio {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(ratio, "ratio");
    }

    /** What identifies the ratio across runs: group, kind, config and baseline. */
    public String key() {
        return group + "\u0000" + kind + "\u0000" + config + "\u0000" + baseline;
    }
}
