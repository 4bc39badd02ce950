/**
 * The command line behind {@code run-benchmarks.sh}: parses filters, plans the matrix of sensible
 * (workload, engine, threads) points or the size sweep, estimates its length from timed tasks, runs
 * JMH on it point by point and writes a results folder with its report (a partial one when interrupted).
 * May depend on every other package of the suite.
 */
package dev.boundbench.launcher;
