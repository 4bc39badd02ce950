/**
 * The JMH benchmarks. They build engines and tasks from {@code dev.boundbench.engine} and
 * {@code dev.boundbench.workload} at {@code Level.Trial} and measure only batches.
 */
package dev.boundbench.bench;
