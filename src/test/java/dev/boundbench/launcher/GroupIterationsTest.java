package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.workload.Kind;
import dev.boundbench.workload.WorkloadCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** Which iterations a paired group gets by its workload's kind, and how JMH's own options override them. */
class GroupIterationsTest {

    @Test
    void of_cpuGroupsTheirOwn_ioAndMixedTheOthers() {
        GroupIterations quick = Profile.QUICK.paired();
        assertEquals(new Iterations(1, 10, 2000, 32, 2000), quick.of(Kind.CPU));
        assertEquals(new Iterations(1, 2, 1000, 8, 2000), quick.of(Kind.IO));
        assertEquals(quick.of(Kind.IO), quick.of(Kind.MIXED));
    }

    @Test
    void everyProfile_measuresCpuGroupsLongerThanTheOthers() {
        for (Profile profile : Profile.values()) {
            Iterations cpu = profile.paired().of(Kind.CPU);
            Iterations other = profile.paired().of(Kind.IO);
            assertTrue(measuredMillis(cpu) > 2 * measuredMillis(other), profile.id());
        }
    }

    @Test
    void overriddenBy_jmhOptionsReplaceBothKinds() throws Exception {
        CommandLineOptions jmh = new CommandLineOptions("-f", "2", "-i", "3", "-r", "150ms");
        GroupIterations overridden = Profile.STANDARD.paired().overriddenBy(jmh);
        assertEquals(List.of(new Iterations(2, 2, 1000, 3, 150), new Iterations(2, 2, 1000, 3, 150)),
                List.of(overridden.of(Kind.CPU), overridden.of(Kind.IO)));
    }

    @Test
    void groupsKnowTheirKind() {
        WorkloadCatalog catalog = WorkloadCatalog.discover();
        List<PairedGroup> groups = PairedGroup.of(new MatrixPlanner(catalog, 2).plan(ArgumentParser.parse(
                List.of("--workload", "fib,sleep", "--engine", "virtual"))).runs(), 2, catalog);
        assertEquals(List.of(Kind.CPU, Kind.IO), groups.stream().map(PairedGroup::kind).toList());
    }

    private static long measuredMillis(Iterations iterations) {
        return (long) iterations.forks() * iterations.measurementIterations() * iterations.measurementMillis();
    }
}
