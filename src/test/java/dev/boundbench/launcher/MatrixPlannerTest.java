package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.WorkloadCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which points of the matrix are run, and which are left out and why. */
class MatrixPlannerTest {

    private final MatrixPlanner planner = new MatrixPlanner(WorkloadCatalog.discover(), 2);

    private MatrixPlanner.Plan plan(String... args) {
        return planner.plan(ArgumentParser.parse(List.of(args)));
    }

    @Test
    void plan_cpuLadderUpToTwiceTheCores_sequentialAtOneThreadOnly() {
        MatrixPlanner.Plan plan = plan("--workload", "fib");
        assertEquals(EngineType.values().length, plan.runs().size());
        for (PlannedRun run : plan.runs()) {
            List<Integer> expected = run.engine() == EngineType.SEQUENTIAL ? List.of(1) : List.of(1, 2, 4);
            assertEquals(expected, run.threads(), run.toString());
            assertEquals(8, run.tasks());
            assertEquals(30, run.size());
        }
        assertEquals(List.of("fib on sequential, threads 2,4 (tasks 8): sequential takes at most 1"), plan.skipped());
    }

    @Test
    void plan_sleepQuick_dropsTheSlowRungsAndThoseAboveTheTasks() {
        PlannedRun virtual = only(plan("--workload", "sleep", "--engine", "virtual"));
        assertEquals(List.of(10, 100, 1000), virtual.threads());
        assertEquals(1000, virtual.tasks());
        assertEquals(10, virtual.size());
        assertEquals(List.of("sleep on virtual, threads 1 (tasks 1000): over 100 tasks per thread, too slow for the"
                + " quick profile", "sleep on virtual, threads 10000 (tasks 1000): more threads than tasks"),
                plan("--workload", "sleep", "--engine", "virtual").skipped());
    }

    @Test
    void plan_sleepFull_keepsTheOneThreadRung() {
        assertEquals(List.of(1, 10, 100, 1000),
                only(plan("--workload", "sleep", "--engine", "platform-pool", "--profile", "full")).threads());
        assertEquals(List.of(1, 10, 100, 1000, 10000), only(plan("--workload", "sleep", "--engine", "virtual",
                "--profile", "full", "--tasks", "10000")).threads());
    }

    @Test
    void plan_fileCopyLadderIsItsOwn() {
        assertEquals(List.of(1, 2, 4, 8, 16), only(plan("--workload", "file-copy", "--engine", "fork-join")).threads());
    }

    @Test
    void plan_userWorkload_isPlannedOnEveryEngine() {
        MatrixPlanner.Plan plan = plan("--workload", "collatz");
        assertEquals(Arrays.asList(EngineType.values()), plan.runs().stream().map(PlannedRun::engine).toList());
        assertTrue(plan.runs().stream().allMatch(r -> r.size() == 100_000 && r.workload().equals("collatz")));
    }

    @Test
    void plan_explicitThreadsTasksAndSizes_makeOneRunPerShape() {
        MatrixPlanner.Plan plan = plan("--workload", "fib", "--engine", "virtual", "--threads", "8,1,3",
                "--tasks", "4,8", "--size", "20,25");
        assertEquals(4, plan.runs().size());
        assertEquals(List.of(1, 3), plan.runs().get(0).threads(), "8 threads > 4 tasks is left out");
        assertEquals(List.of(1, 3, 8), plan.runs().get(2).threads());
    }

    @Test
    void plan_mixed_sweepsTheSharesOnTheMixedLadder() {
        MatrixPlanner.Plan plan = plan("--workload", "mixed");
        assertEquals(6 * EngineType.values().length, plan.runs().size());
        for (EngineType engine : EngineType.values()) {
            List<PlannedRun> runs = plan.runs().stream().filter(r -> r.engine() == engine).toList();
            assertEquals(List.of(0, 25, 50, 75, 90, 100), runs.stream().map(PlannedRun::size).toList());
            List<Integer> expected = Stream.of(1, 2, 4, 8, 16, 32).filter(n -> n <= engine.maxThreads()).toList();
            runs.forEach(r -> assertEquals(expected, r.threads(), r.toString()));
            runs.forEach(r -> assertEquals(32, r.tasks(), r.toString()));
        }
        assertEquals("mixed on sequential, threads 2,4,8,16,32 (tasks 32): sequential takes at most 1",
                plan.skipped().get(0), "once for the six shares");
    }

    @Test
    void plan_mixedWithSizes_runsThoseShares() {
        assertEquals(List.of(0, 100), plan("--workload", "mixed", "--engine", "virtual", "--size", "0,100").runs()
                .stream().map(PlannedRun::size).toList());
    }

    @Test
    void plan_mixedShareOutOfRange_namesTheValidOnes() {
        assertEquals("Workload mixed takes sizes 0 to 100 (I/O share: % of a 10 ms task slept, the rest computed), got"
                + " 101; by default it runs 0, 25, 50, 75, 90, 100",
                assertThrows(UsageException.class, () -> plan("--workload", "mixed", "--size", "25,101")).getMessage());
    }

    @Test
    void plan_noWorkloadNamed_leavesTheSweepOutAndSaysHowToRunIt() {
        MatrixPlanner.Plan plan = plan();
        assertTrue(plan.runs().stream().noneMatch(r -> r.workload().equals("mixed")), plan.runs().toString());
        assertTrue(plan.runs().stream().anyMatch(r -> r.workload().equals("fib")));
        assertEquals("mixed: measured only when named (--workload mixed), its sizes 0,25,50,75,90,100 are a sweep too"
                + " long for the default matrix", plan.skipped().get(0));
    }

    @Test
    void plan_unknownNames_areUsageErrors() {
        assertEquals("Unknown workload \"fob\"; valid: collatz, crawl, download, fib, file-copy, mixed, prime-sum, sleep,"
                + " test-mark",
                assertThrows(UsageException.class, () -> plan("--workload", "fob")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> plan("--engine", "green")).getMessage()
                .startsWith("Unknown engine \"green\"; valid: sequential, platform-pool"));
    }

    private static PlannedRun only(MatrixPlanner.Plan plan) {
        assertEquals(1, plan.runs().size(), plan.runs().toString());
        return plan.runs().get(0);
    }
}
