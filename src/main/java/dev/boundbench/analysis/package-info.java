/**
 * Analysis of JMH result files: speedup curves, fitted scalability models, verdicts, charts and
 * run comparison. Reads JSON files only: it depends on no JMH runtime class and on no other
 * boundbench package, so it works on results from any JMH suite.
 */
package dev.boundbench.analysis;
