package dev.boundbench.workload;

/**
 * The README's "add a workload" example, kept in the test sources: one annotated method, nothing
 * else, and the catalog, the launcher's plan and a real JMH run all pick it up.
 */
public final class ExampleUserWorkload {

    private ExampleUserWorkload() {
    }

    /** Total Collatz steps of every start value 1..limit. */
    @Workload(name = "collatz", kind = Kind.CPU, defaultSize = 100_000,
            sizeMeaning = "limit: steps summed over starts 1..limit")
    public static long collatzSteps(int limit) {
        long steps = 0;
        for (long start = 1; start <= limit; start++) {
            for (long n = start; n != 1; steps++) {
                n = (n & 1) == 0 ? n >>> 1 : 3 * n + 1;
            }
        }
        return steps;
    }
}
