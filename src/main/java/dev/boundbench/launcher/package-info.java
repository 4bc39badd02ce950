/**
 * The command line behind {@code run-benchmarks.sh}: parses filters, plans the matrix of sensible
 * (workload, engine, threads) points or the size sweep, runs JMH on it and writes a results folder
 * with its report.
 * May depend on every other package of the suite.
 */
package dev.boundbench.launcher;
