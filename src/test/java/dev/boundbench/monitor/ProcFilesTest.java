package dev.boundbench.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/** Known answers from hand-written /proc files, and the "not measured" path of an empty /proc. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProcFilesTest {

    @TempDir
    Path root;

    @Test
    void machine_cpuLine_sumsBusyStealAndTotal() throws Exception {
        Files.writeString(root.resolve("stat"), "cpu  100 5 20 1000 7 3 2 11 4 0\ncpu0 50 0 10 500 3 1 1 5 0 0\n");
        // busy = user + nice + system + irq + softirq; total adds idle, iowait and steal, not guest.
        assertEquals(Optional.of(new MachineTicks(130, 11, 1148, 5, 2)), new ProcFiles(root).machine(),
                "irq 3 + softirq 2 are the interrupts");
    }

    @Test
    void softirqs_sumTheNetworksAndAllKindsOverTheCores() throws Exception {
        Files.writeString(root.resolve("softirqs"), """
                                    CPU0       CPU1
                          HI:          0          1
                       TIMER:     612338     617161
                      NET_TX:          2          2
                      NET_RX:    8023311    8014287
                       BLOCK:     573120     573120
                     RCU:        1663606    1663606
                """);
        assertEquals(Optional.of(new SoftirqCounts(16_037_602, 16_037_602 + 1 + 1_229_499 + 1_146_240 + 3_327_212)),
                new ProcFiles(root).softirqs());
        assertEquals(Optional.empty(), new ProcFiles(root.resolve("missing")).softirqs(), "no /proc: not measured");
    }

    @Test
    void loadResults_loopbackSoftirqs_areTheSuitesOwnNotSetApartAgain() {
        // The 40 softirq ticks were all NET_RX: the suite talking to itself over 127.0.0.1, served
        // inside its own threads' CPU (1.0 s). Setting them apart again would read -0.4 cores.
        assertEquals(0.0, foreignOverOneSecond(1_000_000_000L, 20_000), 1e-9);
    }

    @Test
    void loadResults_diskSoftirqs_areSetApart() {
        // The 40 softirq ticks were block-I/O completions (no NET_RX), served outside the suite's
        // threads: neither the suite's nor foreign, so 1.0 - 0.4 - 0.6 = 0.
        assertEquals(0.0, foreignOverOneSecond(600_000_000L, 0), 1e-9);
    }

    /**
     * Foreign CPU over 1 s of wall in which the machine was busy 100 ticks, 40 of them softirqs of
     * 20,000 served, {@code networkSoftirqs} of those NET_RX, and the suite used {@code suiteNanos}.
     */
    private static double foreignOverOneSecond(long suiteNanos, long networkSoftirqs) {
        CpuSnapshot start = new CpuSnapshot(0, OptionalLong.of(0), Optional.of(new MachineTicks(1_000, 0, 10_000, 100, 60)),
                Optional.empty(), Optional.of(new SoftirqCounts(5_000, 9_000)));
        CpuSnapshot end = new CpuSnapshot(1_000_000_000L, OptionalLong.of(suiteNanos),
                Optional.of(new MachineTicks(1_100, 0, 10_200, 140, 100)), Optional.empty(),
                Optional.of(new SoftirqCounts(5_000 + networkSoftirqs, 29_000)));
        return byLabel(LoadResults.between(start, end, 10)).get(MachineLoadProfiler.CPU_FOREIGN).getScore();
    }

    @Test
    void process_nameWithSpacesAndParentheses_readsTicksAfterLastParenthesis() throws Exception {
        Files.createDirectories(root.resolve("42"));
        Files.writeString(root.resolve("42/stat"), "42 (a) b (c)) S 1 42 42 0 -1 4194304 97 0 0 0 300 45 6 7 20 0 1 0 "
                + "236602 3133440 373 18446744073709551615 0 0 0 0\n");
        Files.createDirectories(root.resolve("self"));
        assertEquals(Map.of(42L, new ProcessTicks(42, "a) b (c)", 345, 13)), new ProcFiles(root).processes());
    }

    @Test
    void loadResults_knownTicks_giveCoresMillisPerOpForeignAndSteal() {
        CpuSnapshot start = new CpuSnapshot(0, OptionalLong.of(5_000_000_000L),
                Optional.of(new MachineTicks(1_000, 10, 10_000)));
        // 0.5 s of wall: the suite used 0.6 s of CPU, the machine 110 busy ticks (1.1 s), 5 of 200 ticks stolen.
        CpuSnapshot end = new CpuSnapshot(500_000_000L, OptionalLong.of(5_600_000_000L),
                Optional.of(new MachineTicks(1_110, 15, 10_200)));
        Map<String, ScalarResult> results = byLabel(LoadResults.between(start, end, 30));
        assertEquals(1.2, results.get(MachineLoadProfiler.CPU_BUSY).getScore(), 1e-9);
        assertEquals("cores", results.get(MachineLoadProfiler.CPU_BUSY).getScoreUnit());
        assertEquals(20.0, results.get(MachineLoadProfiler.CPU_TIME).getScore(), 1e-9);
        assertEquals("ms/op", results.get(MachineLoadProfiler.CPU_TIME).getScoreUnit());
        assertEquals(1.0, results.get(MachineLoadProfiler.CPU_FOREIGN).getScore(), 1e-9);
        assertEquals("cores", results.get(MachineLoadProfiler.CPU_FOREIGN).getScoreUnit());
        assertEquals(2.5, results.get(MachineLoadProfiler.CPU_STEAL).getScore(), 1e-9);
        assertEquals("%", results.get(MachineLoadProfiler.CPU_STEAL).getScoreUnit());
    }

    @Test
    void kernelCpu_kernelThreadsAndHarness_countedApartFromOtherProcesses() throws Exception {
        writeStat(2, "kthreadd", 0, 7);
        writeStat(50, "kworker/0:1-events", 2, 30);
        writeStat(60, "java", 1, 100);
        KernelCpu kernel = new KernelCpu(new ProcFiles(root));
        KernelTicks before = kernel.ticks(4).orElseThrow();
        assertEquals(Map.of(2L, 7L, 50L, 30L), before.kernelThreads(), "kthreadd and its children, not the user process");
        writeStat(50, "kworker/0:1-events_power_efficient", 2, 45);
        writeStat(70, "kworker/1:0", 2, 5);
        writeStat(60, "java", 1, 400);
        assertEquals(15 + 5 + 3, kernel.ticks(7).orElseThrow().since(before), "per pid: 15 more, 5 new, harness 3");
    }

    @Test
    void kernelTicks_threadExits_doesNotCountItsWholeLife() {
        KernelTicks before = new KernelTicks(Map.of(2L, 7L, 50L, 2_000L), 0);
        KernelTicks after = new KernelTicks(Map.of(2L, 9L), 0);
        assertEquals(2, after.since(before), "the exited worker's 2,000 ticks are not a drop of 2,000");
    }

    @Test
    void loadResults_kernelAndInterrupts_areNeitherSuiteNorForeign() {
        // 1 s of wall: the machine was busy 150 ticks, 10 of them interrupts and 20 in kernel threads
        // or the JMH host; the suite used 1.0 s: foreign is 1.5 - 0.1 - 0.2 - 1.0 = 0.2 cores.
        CpuSnapshot start = new CpuSnapshot(0, OptionalLong.of(0), Optional.of(new MachineTicks(1_000, 0, 10_000, 100)),
                Optional.of(new KernelTicks(Map.of(11L, 500L), 0)));
        CpuSnapshot end = new CpuSnapshot(1_000_000_000L, OptionalLong.of(1_000_000_000L),
                Optional.of(new MachineTicks(1_150, 0, 10_200, 110)), Optional.of(new KernelTicks(Map.of(11L, 520L), 0)));
        Map<String, ScalarResult> results = byLabel(LoadResults.between(start, end, 10));
        assertEquals(0.3, results.get(MachineLoadProfiler.CPU_SERVICE).getScore(), 1e-9);
        assertEquals(0.2, results.get(MachineLoadProfiler.CPU_FOREIGN).getScore(), 1e-9);
        assertEquals(1.0, results.get(MachineLoadProfiler.CPU_BUSY).getScore(), 1e-9);
    }

    private void writeStat(long pid, String name, long parent, long ticks) throws Exception {
        Files.createDirectories(root.resolve(Long.toString(pid)));
        Files.writeString(root.resolve(pid + "/stat"), pid + " (" + name + ") S " + parent + " " + pid + " " + pid
                + " 0 -1 4194304 97 0 0 0 " + ticks + " 0 0 0 20 0 1 0 236602 3133440 373\n");
    }

    @Test
    void loadResults_machineNotMeasured_keepsOnlyTheSuiteFigures() {
        CpuSnapshot start = new CpuSnapshot(0, OptionalLong.of(0), Optional.empty());
        CpuSnapshot end = new CpuSnapshot(1_000_000_000L, OptionalLong.of(1_000_000_000L),
                Optional.of(new MachineTicks(1, 0, 1)));
        assertEquals(List.of(MachineLoadProfiler.CPU_BUSY, MachineLoadProfiler.CPU_TIME),
                LoadResults.between(start, end, 10).stream().map(Result::getLabel).toList());
    }

    @Test
    void emptyProcRoot_everyReader_isNotMeasured() throws Exception {
        ProcFiles proc = new ProcFiles(root);
        assertEquals(Optional.empty(), proc.machine());
        assertEquals(Map.of(), proc.processes());
        assertEquals(OptionalLong.empty(), new SuiteCpu(proc).nanos());
        assertEquals(Optional.empty(), new ProcFiles(root.resolve("missing")).machine());
        PreflightSampler sampler = new PreflightSampler(root);
        assertEquals(Optional.empty(), sampler.sample(Duration.ofMillis(10)));
        assertTrue(sampler.check(Duration.ofMillis(10)).contains("not measured"));
    }

    @Test
    void emptyProcRoot_profiler_returnsNoResults() {
        MachineLoadProfiler profiler = new MachineLoadProfiler(root);
        profiler.beforeIteration(null, null);
        IterationResult iteration = new IterationResult(null, null, new IterationResultMetaData(100, 100));
        assertEquals(List.of(), List.copyOf(profiler.afterIteration(null, null, iteration)));
    }

    @Test
    void records_badValues_areRejectedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MachineTicks(5, 1, 4));
        assertTrue(e.getMessage().contains("busy 5, steal 1, total 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProcessTicks.parse(1, "garbage"));
        assertThrows(IllegalArgumentException.class, () -> new MachineSample(0, 0, 0, 0, List.of()));
    }

    private static Map<String, ScalarResult> byLabel(List<ScalarResult> results) {
        return results.stream().collect(java.util.stream.Collectors.toMap(Result::getLabel, r -> r));
    }
}
