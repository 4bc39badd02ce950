package dev.boundbench.analysis.verdict;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.Machine;
import dev.boundbench.analysis.read.PairedGroup;
import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Disturbance;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.stats.Stability;
import java.util.List;
import java.util.Objects;

/**
 * Everything the report shows about one run.
 *
 * @param sources the inputs, as the user named them
 * @param environment what the suite recorded about the run (merged over the inputs, the first's entries winning)
 * @param machines the machines the benchmarks ran on, each with its own environment; labelled when several
 * @param scale the scaling variable of the curves
 * @param results every benchmark read, in file order
 * @param curves every curve with its numbers
 * @param workloads the workloads, one per machine, in order of first appearance with each workload's machines
 *     together
 * @param acrossMachines each engine of each workload measured on several machines, in workload order
 * @param loads the benchmarks measured under a load of hogs (the fib server), one table per server
 * @param groups the entries of the group benchmark, whose configurations are among {@code results}
 * @param warnings every problem met, each naming its file, with its kind and point
 */
public record RunAnalysis(List<String> sources, Environment environment, List<Machine> machines, Scale scale,
        List<BenchmarkResult> results, List<CurveStats> curves, List<Workload> workloads,
        List<EngineAcrossMachines> acrossMachines, List<LoadTable> loads, List<PairedGroup> groups,
        List<Warning> warnings) {

    /** Checks that nothing is missing and freezes the lists. */
    public RunAnalysis {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(scale, "scale");
        sources = List.copyOf(sources);
        machines = List.copyOf(machines);
        acrossMachines = List.copyOf(acrossMachines);
        results = List.copyOf(results);
        curves = List.copyOf(curves);
        workloads = List.copyOf(workloads);
        loads = List.copyOf(loads);
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    /** How many points other processes or the hypervisor disturbed; {@link Disturbance#line()} says it in a line. */
    public Disturbance disturbance() {
        return Disturbance.of(results, environment);
    }

    /** What the stability checks found in the iterations of every point, and what they could not check. */
    public Stability.Review stability() {
        return Stability.review(results);
    }

    /**
     * Every ratio of the run ({@code ratios.csv}): each group's A/A controls, then per workload the
     * speedups, vs-sequential ratios and the margins of every pair of engines at a scale value.
     */
    public List<StatedRatio> ratios() {
        return Ratios.of(this);
    }

    /** Each group's configurations against their A/A twins: the run's noise floor. */
    public List<StatedRatio> controls() {
        return Ratios.controls(groups);
    }

    /** What running first in a round does to each group with an order metric, in group order. */
    public List<OrderEffect> orderEffects() {
        List<StatedRatio> controls = controls();
        return groups.stream().filter(g -> g.order().isPresent()).map(g -> OrderEffect.of(g, controls)).toList();
    }

    /** How wide the speedup intervals are, by kind of work; {@link Precision#line()} says it in a line. */
    public Precision precision() {
        return Precision.of(workloads);
    }

    /** The I/O share sweeps of the run's mixed workloads, in order of first appearance ({@link ShareSweeps}). */
    public List<ShareSweep> shareSweeps() {
        return ShareSweeps.of(this);
    }

    /** The granularity sweeps among the results ({@code --sweep size}); empty for a run without one. */
    public List<GranularitySweep> granularity() {
        return Granularity.of(results);
    }

    /** Whether the benchmarks ran on more than one machine (or JDK). */
    public boolean severalMachines() {
        return machines.size() > 1;
    }

    /** Each warning's text, in order. */
    public List<String> warningTexts() {
        return warnings.stream().map(Warning::text).toList();
    }

    /** This analysis with {@code more} warnings about input (e.g. charts not drawn) at the end. */
    public RunAnalysis withWarnings(List<String> more) {
        List<Warning> all = new java.util.ArrayList<>(warnings);
        more.forEach(w -> all.add(Warning.general(Warning.Kind.INPUT, w)));
        return new RunAnalysis(sources, environment, machines, scale, results, curves, workloads, acrossMachines,
                loads, groups, all);
    }
}
