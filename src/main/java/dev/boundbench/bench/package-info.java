/**
 * The JMH benchmarks: the scaling matrix measured in paired groups ({@code GroupBenchmark}, its
 * rounds and the {@code GroupProfiler} that hands out each configuration's time) or point by point
 * ({@code ScalingBenchmark}), what the process pool costs (start-up, dispatch,
 * memory) and what the CPython engines' pipes cost, with the tiny child programs they compare
 * against, the fib server under CPU hogs and downloads over loopback. They build engines and tasks from
 * {@code dev.boundbench.engine} and {@code dev.boundbench.workload} at {@code Level.Trial} and
 * measure only the operation itself.
 */
package dev.boundbench.bench;
