/**
 * JMH benchmarks (classes named {@code *Benchmark}) and the small child-JVM mains they measure
 * against. Depends on {@code dev.boundbench.engine} (and its packages) and {@code dev.boundbench.workload}.
 */
package dev.boundbench.bench;
