/**
 * Writing what the analysis found: {@code report.md}, {@code results.csv}, {@code ratios.csv} and one SVG chart per
 * workload and per I/O share sweep (JFreeChart, headless). Output never depends on the default locale. Depends on
 * {@code analysis.read}, {@code analysis.stats} and {@code analysis.verdict}.
 */
package dev.boundbench.analysis.render;
