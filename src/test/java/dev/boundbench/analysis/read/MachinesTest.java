package dev.boundbench.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Telling machines apart by their environment's facts, and naming each by what sets it apart. */
class MachinesTest {

    private static Machines.Runs runs(String name, String... factValues) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < factValues.length; i += 2) {
            facts.put(factValues[i], factValues[i + 1]);
        }
        return new Machines.Runs(facts, new Environment(facts, Map.of()), List.of(name));
    }

    private static List<String> labels(Machines.Runs... runs) {
        return Machines.name(List.of(runs)).stream().map(Machine::label).toList();
    }

    @Test
    void name_oneMachine_hasNoLabelButADescription() {
        Machine only = Machines.name(List.of(runs("a", "cores", "2", "cpu", "AMD EPYC", "jdk",
                "Eclipse Adoptium OpenJDK 64-Bit Server VM 25.0.3+9-LTS", "host", "vm"))).get(0);

        assertEquals("", only.label());
        assertEquals("2 cores, AMD EPYC, JDK 25.0.3+9-LTS, host vm", only.description());
    }

    @Test
    void name_tasksetBesideUnpinned_isToldApartByCoresAlone() {
        assertEquals(List.of("1 core", "2 cores"), labels(
                runs("pinned", "cores", "1", "cpu", "AMD EPYC", "jdk", "Temurin 25.0.3+9-LTS", "host", "vm"),
                runs("free", "cores", "2", "cpu", "AMD EPYC", "jdk", "Temurin 25.0.3+9-LTS", "host", "vm")));
    }

    @Test
    void name_twoJdks_addsTheVersionThatDiffers() {
        assertEquals(List.of("2 cores, JDK 21.0.5+11-LTS", "2 cores, JDK 25.0.3+9-LTS"), labels(
                runs("old", "cores", "2", "jdk", "Eclipse Adoptium OpenJDK 64-Bit Server VM 21.0.5+11-LTS"),
                runs("new", "cores", "2", "jdk", "Eclipse Adoptium OpenJDK 64-Bit Server VM 25.0.3+9-LTS")));
    }

    @Test
    void name_twoVendorsOfOneVersion_addsTheWholeJdk() {
        assertEquals(List.of("8 cores, Oracle Java HotSpot 25.0.1", "8 cores, Azul Zulu 25.0.1"), labels(
                runs("a", "cores", "8", "jdk", "Oracle Java HotSpot 25.0.1"),
                runs("b", "cores", "8", "jdk", "Azul Zulu 25.0.1")));
    }

    @Test
    void name_cpusAndHostsDiffer_addsThemWithoutTrademarks() {
        assertEquals(List.of("64 cores, Intel Xeon Platinum 8375C CPU @ 2.90GHz, host server",
                "8 cores, Apple M2, host laptop", "cores unknown, CPU unknown, host unknown"), labels(
                runs("s", "cores", "64", "cpu", "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "host", "server"),
                runs("l", "cores", "8", "cpu", "Apple M2", "host", "laptop"),
                runs("x")));
    }

    @Test
    void factsOf_environmentFirst_jmhJdkWhereItLacksOne() {
        BenchmarkResult jmh = new BenchmarkResult("r.json", "a.B.m", Mode.AVERAGE_TIME, 1, 1, Map.of(),
                new Metric(1, 0.1, 0.9, 1.1, "ms/op", 2, RawSamples.NONE), Map.of(), "21.0.5",
                "OpenJDK 64-Bit Server VM", "1.37");
        Environment env = new Environment(Map.of("cores", "4", "os", "Linux"), Map.of());

        assertEquals(Map.of("cores", "4", "jdk", "OpenJDK 64-Bit Server VM 21.0.5"),
                Machines.factsOf(env, List.of(jmh)));
        assertEquals(Map.of(), Machines.factsOf(Environment.EMPTY, List.of()));
    }
}
