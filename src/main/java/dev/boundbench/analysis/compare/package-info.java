/**
 * Comparing two runs benchmark by benchmark: the speed ratio with its interval and a verdict
 * (faster, slower, no change), direction-aware by unit; and the runs' paired ratios side by side.
 * Depends on {@code analysis.read}, {@code analysis.stats}, the ratios of {@code analysis.verdict}
 * and the table and number helpers of {@code analysis.render}.
 */
package dev.boundbench.analysis.compare;
