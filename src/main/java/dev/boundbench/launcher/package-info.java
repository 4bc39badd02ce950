/**
 * The command line behind {@code run-benchmarks.sh}: parses filters, plans the matrix of sensible
 * (workload, engine, threads) points or the size sweep, puts them in paired groups, estimates the
 * run's length from timed tasks, runs JMH group by group ({@code GroupBenchmark}; point by point with
 * {@code --unpaired}) and writes a results folder with its report (a partial one when interrupted).
 * May depend on every other package of the suite.
 */
package dev.boundbench.launcher;
