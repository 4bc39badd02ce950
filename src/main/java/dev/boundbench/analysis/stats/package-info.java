/**
 * The numbers behind the report: estimates with intervals (JMH's errors, or a hierarchical bootstrap
 * of the raw samples for ratios), speedup curves grouped on every
 * parameter but the scaling one, and Amdahl and Universal Scalability Law fits (commons-math3).
 * Depends on {@code analysis.read} only.
 */
package dev.boundbench.analysis.stats;
