package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.bench.ConfigId;
import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.WorkloadCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the plan's points fall into paired groups, and which configuration each group measures twice. */
class PairedGroupTest {

    private final WorkloadCatalog catalog = WorkloadCatalog.discover();
    private final MatrixPlanner planner = new MatrixPlanner(catalog, 2);

    private List<PairedGroup> groups(String... args) {
        return PairedGroup.of(planner.plan(ArgumentParser.parse(List.of(args))).runs(), 2, catalog);
    }

    @Test
    void of_oneGroupPerWorkload_everyEngineAndThreadCount_twinAtTheCores() {
        List<PairedGroup> groups = groups("--workload", "fib,prime-sum", "--engine",
                "sequential,platform-pool,virtual");
        assertEquals(2, groups.size());
        PairedGroup fib = groups.get(0);
        assertEquals("fib", fib.workload());
        assertEquals(8, fib.tasks());
        assertEquals(30, fib.size());
        assertEquals("sequential@1+platform-pool@1+platform-pool@2+platform-pool@4+virtual@1+virtual@2+virtual@4"
                + "+platform-pool@2#2", fib.configsParam());
        assertEquals(ConfigId.of(EngineType.PLATFORM_POOL, 2).twin(), fib.twin());
        assertEquals("prime-sum", groups.get(1).workload());
    }

    @Test
    void of_eachSizeItsOwnGroup() {
        List<PairedGroup> groups = groups("--workload", "fib", "--size", "20,25", "--engine", "virtual");
        assertEquals(List.of(20, 25), groups.stream().map(PairedGroup::size).toList());
        assertEquals("virtual@1+virtual@2+virtual@4+virtual@2#2", groups.get(0).configsParam());
    }

    @Test
    void of_cpythonApartFromTheJvm_twinOnCPythonsProcesses() {
        List<PairedGroup> groups = groups("--workload", "fib", "--engine", "platform-pool,cpython-processes",
                "--threads", "1,2");
        assertEquals(2, groups.size());
        assertEquals("platform-pool@1+platform-pool@2+platform-pool@2#2", groups.get(0).configsParam());
        assertEquals("cpython-processes@1+cpython-processes@2+cpython-processes@2#2", groups.get(1).configsParam());
    }

    @Test
    void of_noPreferredEngine_twinIsTheClosestToTheCores() {
        List<PairedGroup> groups = groups("--workload", "sleep", "--engine", "thread-per-task");
        assertEquals("thread-per-task@100+thread-per-task@1000+thread-per-task@100#2", groups.get(0).configsParam());
    }
}
