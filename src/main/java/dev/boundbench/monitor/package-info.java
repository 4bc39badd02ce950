/**
 * Measures the machine and the suite's own CPU while JMH runs: a JMH profiler and a pre-flight
 * check that tell the suite's CPU from everyone else's. Reads Linux {@code /proc}; depends on JMH
 * and the JDK only.
 */
package dev.boundbench.monitor;
