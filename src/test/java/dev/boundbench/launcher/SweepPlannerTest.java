package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.launcher.LeftOut.Reason;
import dev.boundbench.workload.WorkloadCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size sweep's plan: its rungs, the batch of each, the engines and thread counts, what is left out. */
class SweepPlannerTest {

    /** One task's time of each size, in seconds: fib's and prime-sum's ladders on a machine like the reference. */
    private static final Map<String, Double> TIMES = Map.ofEntries(Map.entry("fib 5", 50e-9),
            Map.entry("fib 10", 0.5e-6), Map.entry("fib 15", 4e-6), Map.entry("fib 20", 30e-6),
            Map.entry("fib 25", 500e-6), Map.entry("fib 30", 6e-3), Map.entry("prime-sum 30", 0.1e-6),
            Map.entry("prime-sum 200", 1.2e-6), Map.entry("prime-sum 1500", 12e-6),
            Map.entry("prime-sum 8000", 94e-6), Map.entry("prime-sum 50000", 1e-3), Map.entry("prime-sum 300000", 10e-3),
            Map.entry("collatz 1000", 40e-6), Map.entry("collatz 20", 30e-6));

    private final SweepPlanner planner = new SweepPlanner(WorkloadCatalog.discover(), 2,
            (workload, size) -> TIMES.get(workload + " " + size));

    private SweepPlanner.SweepPlan plan(String... args) {
        return planner.plan(ArgumentParser.parse(List.of(args)));
    }

    /** Each point the plan leaves out, with its reason. */
    private static List<Map.Entry<String, Reason>> leftOut(SweepPlanner.SweepPlan plan) {
        return plan.plan().leftOut().stream().map(point -> Map.entry(point.points(), point.reason())).toList();
    }

    /** The JVM's engines: the quick profile plans CPython's only when named. */
    private static final int JVM_ENGINES = (int) Arrays.stream(EngineType.values()).filter(e -> !e.cpython()).count();

    private static final String CPYTHON_ENGINES = "cpython-threads, cpython-processes, cpython-asyncio";

    @Test
    void plan_default_sweepsEveryLadderOnEveryJvmEngineAtOneThreadAndTheCores() {
        SweepPlanner.SweepPlan plan = plan("--sweep", "size");

        assertEquals(List.of("fib 5", "fib 10", "fib 15", "fib 20", "fib 25", "fib 30", "prime-sum 30", "prime-sum 200",
                "prime-sum 1500", "prime-sum 8000", "prime-sum 50000", "prime-sum 300000"),
                plan.rungs().stream().map(r -> r.workload() + " " + r.size()).toList());
        // 10 ms of work a batch, snapped to 1-2-5 steps, within 8 (4 × cores) and 2,000 tasks.
        assertEquals(List.of(2000, 2000, 2000, 500, 20, 8, 2000, 2000, 1000, 100, 10, 8),
                plan.rungs().stream().map(SweepPlanner.Rung::tasks).toList());
        List<PlannedRun> runs = plan.plan().runs();
        assertEquals(12 * JVM_ENGINES, runs.size());
        assertEquals(132, runs.stream().mapToInt(r -> r.threads().size()).sum(), "12 rungs of 6 engines, 2 threads"
                + " each but sequential");
        for (PlannedRun run : runs) {
            assertEquals(run.engine() == EngineType.SEQUENTIAL ? List.of(1) : List.of(1, 2), run.threads(),
                    run.toString());
        }
        assertEquals(new PlannedRun("fib", EngineType.SEQUENTIAL, List.of(1), 2000, 5), runs.get(0));
        assertEquals(new PlannedRun("fib", EngineType.PLATFORM_POOL, List.of(1, 2), 500, 20),
                runs.get(3 * JVM_ENGINES + 1));
        assertEquals(List.of(Map.entry(CPYTHON_ENGINES, Reason.NOT_IN_PROFILE),
                Map.entry("collatz", Reason.NO_SWEEP_SIZES), Map.entry("crawl", Reason.NOT_CPU_WORK),
                Map.entry("download", Reason.NOT_CPU_WORK), Map.entry("file-copy", Reason.NOT_CPU_WORK),
                Map.entry("mixed", Reason.NOT_CPU_WORK), Map.entry("sleep", Reason.NOT_CPU_WORK),
                Map.entry("test-mark", Reason.NOT_CPU_WORK),
                Map.entry("fib on sequential, threads 2 (sizes 5,10,15,20,25,30)", Reason.ENGINE_LIMIT),
                Map.entry("prime-sum on sequential, threads 2 (sizes 30,200,1500,8000,50000,300000)",
                        Reason.ENGINE_LIMIT)), leftOut(plan));
    }

    @Test
    void plan_givenSizesAndThreads_replaceTheLadders() {
        SweepPlanner.SweepPlan plan = plan("--sweep", "size", "--workload", "collatz", "--engine", "virtual,fork-join",
                "--size", "1000", "--threads", "4,1");

        assertEquals(List.of(new PlannedRun("collatz", EngineType.VIRTUAL, List.of(1, 4), 200, 1000),
                new PlannedRun("collatz", EngineType.FORK_JOIN, List.of(1, 4), 200, 1000)), plan.plan().runs());
        assertEquals(8, plan.fewestTasks());
        assertEquals(List.of(new SweepPlanner.Rung("collatz", 1000, 40e-6, 200)), plan.rungs());
        assertEquals("collatz 1000: 40.0 µs a task, 200 tasks a batch", plan.rungs().get(0).describe());
        assertEquals("fib 50: over 1.00 s a task, 8 tasks a batch",
                new SweepPlanner.Rung("fib", 50, 1.0, 8).describe(), "a task stopped at the cap");
    }

    @Test
    void plan_cpythonNamed_plansItWhereThereIsATwin_andWithoutAnInterpreterLeavesItOutInOneLine() {
        SweepPlanner.SweepPlan plan = plan("--sweep", "size", "--workload", "fib,collatz", "--size", "20",
                "--engine", "cpython-processes,virtual");
        assertEquals(List.of(new PlannedRun("fib", EngineType.CPYTHON_PROCESSES, List.of(1, 2), 500, 20),
                new PlannedRun("fib", EngineType.VIRTUAL, List.of(1, 2), 500, 20),
                new PlannedRun("collatz", EngineType.VIRTUAL, List.of(1, 2), 500, 20)), plan.plan().runs());
        assertTrue(leftOut(plan).contains(Map.entry("collatz on cpython-processes", Reason.NO_PYTHON_TWIN)),
                plan.plan().skipped().toString());

        SweepPlanner missing = new SweepPlanner(WorkloadCatalog.discover(), 2, (workload, size) -> 30e-6,
                () -> PythonCheck.probe(CPythonOptions.fromSystemProperties().withPython("/nonexistent/python3")));
        SweepPlanner.SweepPlan without = missing.plan(ArgumentParser.parse(List.of("--sweep", "size", "--workload",
                "fib", "--size", "20", "--engine", "cpython-processes,virtual")));
        assertEquals(List.of(new PlannedRun("fib", EngineType.VIRTUAL, List.of(1, 2), 500, 20)), without.plan().runs());
        assertEquals(List.of(Map.entry("cpython-processes", Reason.NO_INTERPRETER)), leftOut(without));
    }

    @Test
    void plan_ioWorkloadOnly_leavesEverythingOutAndSaysWhy() {
        SweepPlanner.SweepPlan plan = plan("--sweep", "size", "--workload", "sleep");

        assertTrue(plan.plan().runs().isEmpty());
        assertEquals(List.of(Map.entry(CPYTHON_ENGINES, Reason.NOT_IN_PROFILE), Map.entry("sleep", Reason.NOT_CPU_WORK)),
                leftOut(plan));
    }

    @Test
    void plan_withTasks_isAUsageError() {
        assertEquals("--tasks does not go with --sweep size: the sweep sizes each batch to its task (10 ms of work on"
                + " one thread, 8 to 2000 tasks)", assertThrows(UsageException.class,
                        () -> plan("--sweep", "size", "--tasks", "16")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> plan("--sweep", "size", "--workload", "fob")).getMessage()
                .startsWith("Unknown workload \"fob\"; valid: "));
    }

    @Test
    void tasks_areTenMillisecondsOfWorkOnOneToTwoToFiveSteps() {
        assertEquals(List.of(2000, 2000, 1000, 500, 500, 200, 100, 50, 10, 8, 8),
                Arrays.stream(new double[] {1e-9, 4e-6, 1e-5, 1.5e-5, 3e-5, 5e-5, 1e-4, 2e-4, 1e-3, 2e-3, 1})
                        .mapToObj(planner::tasks).toList());
        assertEquals(64, new SweepPlanner(WorkloadCatalog.discover(), 16, (w, s) -> 1.0).tasks(1e-3),
                "at least 4 tasks a core");
    }

    @Test
    void parse_unknownSweep_namesTheValidOnes() {
        assertEquals("Unknown sweep \"threads\"; valid: size", assertThrows(UsageException.class,
                () -> ArgumentParser.parse(List.of("--sweep", "threads"))).getMessage());
        assertEquals(Sweep.SIZE, ArgumentParser.parse(List.of("--sweep=size")).sweep());
        assertEquals(Sweep.NONE, ArgumentParser.parse(List.of()).sweep());
    }
}
