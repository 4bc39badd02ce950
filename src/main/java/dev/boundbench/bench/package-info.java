/**
 * The JMH benchmarks: the scaling matrix and what the process pool costs (start-up, dispatch,
 * memory), with the tiny child programs they compare against. They build engines and tasks from
 * {@code dev.boundbench.engine} and {@code dev.boundbench.workload} at {@code Level.Trial} and
 * measure only the operation itself.
 */
package dev.boundbench.bench;
