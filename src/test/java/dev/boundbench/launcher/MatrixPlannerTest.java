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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which points of the matrix are run, and which are left out and why. */
class MatrixPlannerTest {

    private static final String CPYTHON_ENGINES = "cpython-threads, cpython-processes, cpython-asyncio";

    private final MatrixPlanner planner = new MatrixPlanner(WorkloadCatalog.discover(), 2);

    private MatrixPlanner.Plan plan(String... args) {
        return planner.plan(ArgumentParser.parse(List.of(args)));
    }

    /** Each point the plan leaves out, with its reason. */
    private static List<Map.Entry<String, Reason>> leftOut(MatrixPlanner.Plan plan) {
        return plan.leftOut().stream().map(point -> Map.entry(point.points(), point.reason())).toList();
    }

    /** The JVM's engines: what the quick profile runs when no engine is named. */
    private static List<EngineType> jvmEngines() {
        return Arrays.stream(EngineType.values()).filter(e -> !e.cpython()).toList();
    }

    @Test
    void plan_cpuLadderUpToTwiceTheCores_sequentialAtOneThreadOnly() {
        MatrixPlanner.Plan plan = plan("--workload", "fib");
        assertEquals(jvmEngines().size(), plan.runs().size());
        for (PlannedRun run : plan.runs()) {
            List<Integer> expected = run.engine() == EngineType.SEQUENTIAL ? List.of(1) : List.of(1, 2, 4);
            assertEquals(expected, run.threads(), run.toString());
            assertEquals(8, run.tasks());
            assertEquals(30, run.size());
        }
        assertEquals(List.of(Map.entry(CPYTHON_ENGINES, Reason.NOT_IN_PROFILE),
                Map.entry("fib on sequential, threads 2,4 (tasks 8)", Reason.ENGINE_LIMIT)), leftOut(plan));
    }

    @Test
    void plan_sleepQuick_dropsTheSlowRungsAndThoseAboveTheTasks() {
        PlannedRun virtual = only(plan("--workload", "sleep", "--engine", "virtual"));
        assertEquals(List.of(100, 1000), virtual.threads());
        assertEquals(1000, virtual.tasks());
        assertEquals(10, virtual.size());
        assertEquals(List.of(Map.entry("sleep on virtual, threads 1,10 (tasks 1000)", Reason.TOO_SLOW_FOR_PROFILE),
                Map.entry("sleep on virtual, threads 10000 (tasks 1000)", Reason.MORE_THREADS_THAN_TASKS)),
                leftOut(plan("--workload", "sleep", "--engine", "virtual")));
    }

    @Test
    void plan_sleepStandard_keepsTheTenThreadRungThatQuickSkips() {
        assertEquals(List.of(10, 100, 1000),
                only(plan("--workload", "sleep", "--engine", "virtual", "--profile", "standard")).threads());
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
    void plan_userWorkload_isPlannedOnEveryJvmEngine() {
        MatrixPlanner.Plan plan = plan("--workload", "collatz");
        assertEquals(jvmEngines(), plan.runs().stream().map(PlannedRun::engine).toList());
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
        List<EngineType> jvmEngines = Stream.of(EngineType.values()).filter(e -> !e.cpython()).toList();
        assertEquals(6 * jvmEngines.size(), plan.runs().size(), "the CPython engines: no twin, and not in quick");
        for (EngineType engine : jvmEngines) {
            List<PlannedRun> runs = plan.runs().stream().filter(r -> r.engine() == engine).toList();
            assertEquals(List.of(0, 25, 50, 75, 90, 100), runs.stream().map(PlannedRun::size).toList());
            List<Integer> expected = Stream.of(1, 2, 4, 8, 16, 32).filter(n -> n <= engine.maxThreads()).toList();
            runs.forEach(r -> assertEquals(expected, r.threads(), r.toString()));
            runs.forEach(r -> assertEquals(32, r.tasks(), r.toString()));
        }
        assertEquals(1, leftOut(plan).stream().filter(point -> point.equals(Map.entry(
                "mixed on sequential, threads 2,4,8,16,32 (tasks 32)", Reason.ENGINE_LIMIT))).count(),
                "once for the six shares: " + plan.skipped());
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
        assertTrue(leftOut(plan).contains(Map.entry("mixed", Reason.ONLY_WHEN_NAMED)), plan.skipped().toString());
    }

    @Test
    void plan_unknownNames_areUsageErrors() {
        assertEquals("Unknown workload \"fob\"; valid: collatz, crawl, download, fib, file-copy, mixed, prime-sum, sleep,"
                + " test-mark",
                assertThrows(UsageException.class, () -> plan("--workload", "fob")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> plan("--engine", "green")).getMessage()
                .startsWith("Unknown engine \"green\"; valid: sequential, platform-pool"));
    }

    @Test
    void plan_cpythonEnginesNamed_runInQuick_workloadsWithoutTwinLeftOutInOneLine() {
        MatrixPlanner.Plan plan = plan("--workload", "fib,collatz", "--engine", "cpython-threads,cpython-processes,virtual");
        List<Integer> threads = List.of(1, 2, 4);
        assertEquals(List.of(new PlannedRun("fib", EngineType.CPYTHON_THREADS, threads, 8, 30),
                new PlannedRun("fib", EngineType.CPYTHON_PROCESSES, threads, 8, 30),
                new PlannedRun("fib", EngineType.VIRTUAL, threads, 8, 30),
                new PlannedRun("collatz", EngineType.VIRTUAL, threads, 8, 100_000)), plan.runs());
        assertEquals(List.of(Map.entry("collatz on cpython-threads, cpython-processes", Reason.NO_PYTHON_TWIN)),
                leftOut(plan));
        assertEquals("no Python twin (the worker script's twins: fib, file-copy, prime-sum, sleep; README, \"adding a"
                + " workload\")", plan.leftOut().get(0).because(), "names the workloads that have one");
    }

    @Test
    void plan_fullProfile_takesTheCPythonEnginesUnnamed() {
        List<EngineType> engines = plan("--workload", "prime-sum", "--profile", "full").runs().stream()
                .map(PlannedRun::engine).toList();
        assertEquals(Arrays.asList(EngineType.values()), engines);
    }

    @Test
    void plan_standardProfile_leavesTheCPythonEnginesOutUnlessNamed() {
        MatrixPlanner.Plan plan = plan("--workload", "prime-sum", "--profile", "standard");
        assertEquals(jvmEngines(), plan.runs().stream().map(PlannedRun::engine).toList());
        assertTrue(leftOut(plan).contains(Map.entry(CPYTHON_ENGINES, Reason.NOT_IN_PROFILE)), plan.skipped().toString());
        assertEquals(List.of(EngineType.CPYTHON_ASYNCIO), plan("--workload", "prime-sum", "--profile", "standard",
                "--engine", "cpython-asyncio").runs().stream().map(PlannedRun::engine).toList());
    }

    @Test
    void plan_noInterpreter_leavesTheCPythonEnginesOutInOneLine_theRestGoesOn() {
        MatrixPlanner missing = new MatrixPlanner(WorkloadCatalog.discover(), 2, () -> PythonCheck.probe(
                CPythonOptions.fromSystemProperties().withPython("/nonexistent/python3")));
        MatrixPlanner.Plan plan = missing.plan(ArgumentParser.parse(List.of("--workload", "fib,prime-sum", "--profile",
                "full")));
        assertEquals(List.of(Map.entry(CPYTHON_ENGINES, Reason.NO_INTERPRETER)),
                leftOut(plan).stream().filter(point -> point.getKey().contains("cpython")).toList());
        assertEquals(2 * jvmEngines().size(), plan.runs().size(), plan.runs().toString());
    }

    private static PlannedRun only(MatrixPlanner.Plan plan) {
        assertEquals(1, plan.runs().size(), plan.runs().toString());
        return plan.runs().get(0);
    }
}
