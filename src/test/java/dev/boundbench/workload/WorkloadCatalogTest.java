package dev.boundbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Discovery of annotated methods, in the main and the test class folders alike. */
class WorkloadCatalogTest {

    private static final String SIGNATURES = "dev.boundbench.workload.signatures.ResourceSignatures";

    private final WorkloadCatalog catalog = WorkloadCatalog.discover();

    @Test
    void discover_findsBuiltInsAndTheTestOnlyWorkloads() {
        assertEquals(List.of("collatz", "crawl", "download", "fib", "file-copy", "mixed", "prime-sum", "sleep",
                "test-mark"),
                catalog.names());
    }

    @Test
    void discover_readsTheAnnotation() {
        WorkloadDescriptor fileCopy = catalog.get("file-copy");
        assertEquals(Kind.IO, fileCopy.kind());
        assertEquals(1024, fileCopy.defaultSize());
        assertEquals("KiB copied", fileCopy.sizeMeaning());
        assertEquals(List.of(1, 2, 4, 8, 16), fileCopy.ladder(2));
        assertEquals(16, fileCopy.tasks());
        assertEquals(List.of(Scratch.class), fileCopy.resources());
        assertEquals("IoWorkloads.fileCopy", fileCopy.declaredBy());
    }

    @Test
    void discover_readsTheSweepLadders() {
        assertEquals(List.of(5, 10, 15, 20, 25, 30), catalog.get("fib").granularity());
        assertEquals(List.of(30, 200, 1500, 8000, 50000, 300000), catalog.get("prime-sum").granularity());
        assertEquals(List.of(), catalog.get("collatz").granularity());
        assertEquals("Cpu.fib: @Workload granularity must be a comma list of integers >= 0, got \"5,x\"",
                assertThrows(IllegalStateException.class,
                        () -> WorkloadDescriptor.parseGranularity("5,x", "Cpu.fib")).getMessage());
    }

    @Test
    void ladder_followsTheKind() {
        assertEquals(List.of(1, 2, 4), catalog.get("fib").ladder(2));
        assertEquals(List.of(1, 2, 4, 8, 12), catalog.get("fib").ladder(6));
        assertEquals(List.of(1, 10, 100, 1000, 10000), catalog.get("sleep").ladder(2));
    }

    @Test
    void declaringClasses_rebuildTheSameCatalogWithoutAScan() {
        assertEquals(Stream.of(CpuWorkloads.class, ExampleCrawlWorkload.class, ExampleUserWorkload.class,
                IoWorkloads.class, MarkerWorkload.class, MixedWorkload.class).map(Class::getName).toList(),
                List.of(catalog.declaringClasses().split(",")));
        WorkloadCatalog listed = WorkloadCatalog.fromClasses(List.of(catalog.declaringClasses().split(",")),
                getClass().getClassLoader());
        assertEquals(catalog.names(), listed.names());
        assertEquals(List.of("fib", "prime-sum"), WorkloadCatalog.fromClasses(
                List.of("dev.boundbench.workload.CpuWorkloads"), getClass().getClassLoader()).names());
    }

    @Test
    void fromClasses_badSweep_isRefusedNamingTheMethod() {
        ClassLoader loader = getClass().getClassLoader();
        assertEquals("AboveMax.run: @Workload defaultSize and sizes must not exceed maxSize 100",
                assertThrows(IllegalStateException.class, () -> WorkloadCatalog.fromClasses(
                        List.of("dev.boundbench.workload.bad.BadSweeps$AboveMax"), loader)).getMessage());
        assertEquals("Malformed.run: @Workload sizes must be a comma list of integers >= 0, got \"0,half\"",
                assertThrows(IllegalStateException.class, () -> WorkloadCatalog.fromClasses(
                        List.of("dev.boundbench.workload.bad.BadSweeps$Malformed"), loader)).getMessage());
    }

    @Test
    void get_unknownName_listsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.get("fibonacci"));
        assertEquals("Unknown workload \"fibonacci\"; valid: collatz, crawl, download, fib, file-copy, mixed, prime-sum, sleep,"
                + " test-mark",
                e.getMessage());
    }

    @Test
    void runner_callsAUserWorkloadByName() throws Exception {
        try (WorkloadRunner runner = new WorkloadRunner(catalog)) {
            assertEquals(67, runner.run(new Task("collatz", 10)), "steps of 1..10: 0+1+7+2+5+8+16+3+19+6");
            assertEquals(832_040, runner.run(new Task("fib", 30)));
        }
    }

    @Test
    void resources_eachArrivesInItsPlace() throws Exception {
        WorkloadDescriptor both = WorkloadCatalog.fromClasses(List.of(SIGNATURES + "$BothResources"),
                getClass().getClassLoader()).get("both");
        assertEquals(List.of(Scratch.class, dev.boundbench.net.Loopback.class), both.resources());
        try (Resources resources = new Resources()) {
            assertEquals(117, both.invoke(7, resources));
            assertEquals(117, both.invoke(7, resources), "the same resources, made once");
        }
    }

    @Test
    void resources_notAResourceOrTwice_namesTheMethodAndTheValidTypes() {
        for (String bad : List.of("NotAResource", "SameResourceTwice")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> WorkloadCatalog.fromClasses(
                    List.of(SIGNATURES + "$" + bad), getClass().getClassLoader()));
            assertTrue(e.getMessage().endsWith(": a @Workload takes (int size), then any of these resources, each at"
                    + " most once: Loopback, Scratch"), e.getMessage());
        }
    }

    @Test
    void resources_afterClose_refuseToMakeMore() {
        Resources resources = new Resources();
        resources.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resources.get(Scratch.class));
        assertEquals("Resources are closed; cannot make a Scratch", e.getMessage());
    }
}
