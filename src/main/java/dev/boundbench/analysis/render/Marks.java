package dev.boundbench.analysis.render;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.stats.CpuUse;
import dev.boundbench.analysis.stats.Numbers;
import dev.boundbench.analysis.stats.PointStats;
import dev.boundbench.analysis.verdict.Ranking;

/**
 * The report's marks for what the CPU profiler saw: a disturbed point's score and its legend, cores
 * busy. Bound to the run's environment, since steal is judged by the kind of work.
 */
final class Marks {

    /** The mark on a disturbed point's score. */
    static final String DISTURBED = "⚠";

    /** The legend under a table that holds a mark. */
    static final String LEGEND = DISTURBED + " disturbed: other processes used more than "
            + Numbers.plain(CpuUse.FOREIGN_CORES_LIMIT) + " cores, or the hypervisor stole more than "
            + Numbers.plain(CpuUse.STEAL_PERCENT_LIMIT) + " % (on CPU work), while the point ran; its score is not to "
            + "be trusted (see Warnings).";

    /** What a cell reads when the profiler measured nothing. */
    static final String NOT_MEASURED = "not measured";

    private final Environment environment;

    Marks(Environment environment) {
        this.environment = environment;
    }

    /** Whether the point was disturbed. */
    boolean disturbed(PointStats p) {
        return disturbed(p.result());
    }

    /** Whether the benchmark was disturbed. */
    boolean disturbed(BenchmarkResult r) {
        return CpuUse.of(r, environment).disturbed();
    }

    /** Whether the winner or the runner-up of {@code r} was disturbed, so the verdict rests on a disturbed point. */
    boolean disturbed(Ranking r) {
        return disturbed(r.winner().point()) || r.runnerUp() != null && disturbed(r.runnerUp().point());
    }

    /** The score to four significant digits, marked when disturbed. */
    String score(PointStats p) {
        String score = Num.sig(p.score().value(), 4);
        return disturbed(p) ? score + " " + DISTURBED : score;
    }

    /** Cores busy to two significant digits, or "not measured". */
    String coresBusy(PointStats p) {
        CpuUse cpu = CpuUse.of(p.result());
        return cpu.busyMeasured() ? Num.sig(cpu.busyCores(), 2) : NOT_MEASURED;
    }
}
