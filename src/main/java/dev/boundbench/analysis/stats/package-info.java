/**
 * The numbers behind the report: estimates with intervals (JMH's errors; for ratios, the paired log
 * ratios of configurations measured side by side, or a hierarchical bootstrap of unpaired raw samples), speedup curves grouped on every parameter but the scaling one,
 * Amdahl and Universal Scalability Law fits (commons-math3), the textbook's thread count for work
 * that waits, and whether a point can be trusted:
 * disturbance and cores busy from the CPU profiler's metrics, stability checks on its iterations.
 * Depends on {@code analysis.read} only.
 */
package dev.boundbench.analysis.stats;
