/**
 * Verdicts: for each workload, which engine is fastest at each thread count, where the order
 * changes, and by how much the best configuration wins; for mixed work, the same along the I/O share
 * with the best thread count beside the textbook's; the granularity sweeps' break-even task times; the
 * latency tables of benchmarks run under a load of hogs; plus the whole run's analysis. Depends on
 * {@code analysis.read} and {@code analysis.stats}.
 */
package dev.boundbench.analysis.verdict;
