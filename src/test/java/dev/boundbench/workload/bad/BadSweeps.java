package dev.boundbench.workload.bad;

import dev.boundbench.workload.Kind;
import dev.boundbench.workload.Workload;

/**
 * Workloads whose sweep the catalog refuses, one class each; in a sub-package, so that discovery
 * (which reads only the workload package itself) never meets them.
 */
public final class BadSweeps {

    private BadSweeps() {
    }

    /** A sweep reaching past its own largest size. */
    public static final class AboveMax {
        private AboveMax() {
        }

        @Workload(name = "above-max", kind = Kind.MIXED, defaultSize = 50, sizes = "0,50,150", maxSize = 100,
                sizeMeaning = "percent")
        public static long run(int size) {
            return size;
        }
    }

    /** A sweep that is not a list of numbers. */
    public static final class Malformed {
        private Malformed() {
        }

        @Workload(name = "malformed", kind = Kind.MIXED, defaultSize = 50, sizes = "0,half", sizeMeaning = "percent")
        public static long run(int size) {
            return size;
        }
    }
}
