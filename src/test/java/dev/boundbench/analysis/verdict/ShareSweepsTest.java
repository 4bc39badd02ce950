package dev.boundbench.analysis.verdict;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.Report;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.ShareSweep.Share;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The I/O share sweep from a synthetic run of {@code mixed} on 2 cores: batches of 32 tasks of 10 ms
 * whose time follows max(CPU work over the cores in use, rounds of waiting), where platform-pool
 * leads while the tasks mostly compute and virtual once they mostly wait.
 */
class ShareSweepsTest {

    static final String BENCHMARK = "dev.boundbench.bench.ScalingBenchmark.batch";
    static final int[] SHARES = {0, 50, 90, 100};
    static final int[] THREADS = {1, 2, 4, 8, 16, 32};
    static final int TASKS = 32;
    static final int CORES = 2;

    @TempDir
    Path dir;

    /**
     * A batch's time: the larger of its CPU work spread over min(threads, cores) and its rounds of
     * 10 ms tasks, plus 0.2 % per thread (so the fewest threads win a tie), times the engine's factor.
     */
    static double batchMillis(int share, int threads, double factor) {
        double cpu = TASKS * 10.0 * (100 - share) / 100 / Math.min(threads, CORES);
        double rounds = Math.ceil((double) TASKS / threads) * 10;
        return Math.max(cpu, rounds) * (1 + 0.002 * threads) * factor;
    }

    /** platform-pool 1.0; virtual 1.1 below a 90 % share, 0.9 from it; process-pool 1.3 up to 16 workers. */
    static JmhJson run() {
        JmhJson json = new JmhJson();
        for (int share : SHARES) {
            add(json, "SEQUENTIAL", share, 1, TASKS * 10.0);
            for (int t : THREADS) {
                add(json, "PLATFORM_POOL", share, t, batchMillis(share, t, 1.0));
                add(json, "VIRTUAL", share, t, batchMillis(share, t, share < 90 ? 1.1 : 0.9));
                if (t <= 16) {
                    add(json, "PROCESS_POOL", share, t, batchMillis(share, t, 1.3));
                }
            }
        }
        return json;
    }

    private static void add(JmhJson json, String engine, int share, int threads, double ms) {
        json.add(BENCHMARK, "avgt", "ms/op", params("workload", "mixed", "engine", engine, "threads",
                Integer.toString(threads), "tasks", Integer.toString(TASKS), "size", Integer.toString(share)), ms,
                ms * 0.01);
    }

    private RunAnalysis analyze(JmhJson json, String environment) throws Exception {
        json.write(dir.resolve("results.json"));
        Files.writeString(dir.resolve("environment.json"), environment);
        return Analyzer.analyze(List.of(dir), Scale.DEFAULT);
    }

    private static final String ENVIRONMENT = "{\"cores\" : \"2\", \"workloadKinds\" : {\"mixed\" : \"MIXED\"}}";

    @Test
    void of_findsTheFastestEngineAndThreadsAtEachShare() throws Exception {
        List<ShareSweep> sweeps = analyze(run(), ENVIRONMENT).shareSweeps();

        assertEquals(1, sweeps.size());
        ShareSweep sweep = sweeps.get(0);
        assertEquals("mixed (tasks=32)", sweep.title());
        assertEquals(List.of(0.0, 50.0, 90.0, 100.0), sweep.shares().stream().map(Share::percent).toList());
        assertEquals(List.of("platform-pool@2", "platform-pool@4", "virtual@32", "virtual@32"), sweep.shares().stream()
                .map(s -> s.ranking().winner().engine() + "@" + (int) s.ranking().winner().point().n()).toList());
        assertTrue(sweep.shares().stream().allMatch(s -> s.ranking().clear()));
        assertEquals(List.of("platform-pool", "virtual", "process-pool", "sequential"),
                sweep.shares().get(0).ranking().order().stream().map(Contender::engine).toList());
        assertEquals(List.of(new Crossover(50, "platform-pool", 90, "virtual")), sweep.crossovers());
        assertEquals(List.of("sequential", "platform-pool", "virtual", "process-pool"), sweep.engines());
        assertEquals(List.of(1.0, 2.0, 4.0, 8.0, 16.0, 32.0), sweep.threadCounts());
    }

    @Test
    void of_putsEachEnginesBestThreadCountBesideTheTextbooks() throws Exception {
        ShareSweep sweep = analyze(run(), ENVIRONMENT).shareSweeps().get(0);

        double[] textbook = sweep.shares().stream().mapToDouble(sweep::textbookThreads).toArray();
        assertArrayEquals(new double[] {2, 4, 20, Double.POSITIVE_INFINITY}, textbook, 1e-9);
        assertEquals(List.of(2.0, 4.0, 32.0, 32.0), sweep.shares().stream()
                .map(s -> s.of("platform-pool").fastest().n()).toList());
        assertEquals(List.of(2.0, 4.0, 16.0, 16.0), sweep.shares().stream()
                .map(s -> s.of("process-pool").fastest().n()).toList(), "its most workers");
        assertEquals(1, sweep.shares().get(0).of("sequential").measured());
    }

    @Test
    void engineThreads_fewestNotClearlySlower_isWhereAddingThreadsStopsPaying() throws Exception {
        JmhJson json = new JmhJson();
        for (double[] point : new double[][] {{4, 40}, {8, 20.1}, {16, 20.05}, {32, 20}}) {
            json.add(BENCHMARK, "avgt", "ms/op", params("workload", "mixed", "engine", "VIRTUAL", "threads",
                    Integer.toString((int) point[0]), "size", "90"), point[1], point[1] * 0.01);
        }

        ShareSweep.EngineThreads virtual = analyze(json, ENVIRONMENT).shareSweeps().get(0).shares().get(0)
                .of("virtual");

        assertEquals(32, virtual.fastest().n());
        assertEquals(8, virtual.fewest(), "8 threads are within 1 % of 32, inside the interval; 4 take twice as long");
    }

    @Test
    void of_workloadsOfAnotherKindOrNoEnvironment_makeNoSweep() throws Exception {
        assertEquals(List.of(), analyze(run(), "{\"workloadKinds\" : {\"mixed\" : \"IO\"}}").shareSweeps());
        assertEquals(List.of(), analyze(run(), "{}").shareSweeps());
    }

    @Test
    void of_unknownCores_leaveTheTextbookOpen() throws Exception {
        ShareSweep sweep = analyze(run(), "{\"workloadKinds\" : {\"mixed\" : \"MIXED\"}}").shareSweeps().get(0);
        assertTrue(Double.isNaN(sweep.cores()));
        assertTrue(Double.isNaN(sweep.textbookThreads(sweep.shares().get(1))));
    }

    @Test
    void report_hasTheShareSectionWithItsTablesAndChart() throws Exception {
        analyze(run(), ENVIRONMENT);
        Report.write(List.of(dir), dir, Scale.DEFAULT);
        String report = Files.readString(dir.resolve(Report.REPORT_FILE));

        ShareSweep sweep = Analyzer.analyze(List.of(dir), Scale.DEFAULT).shareSweeps().get(0);
        int section = report.indexOf("\n## " + sweep.title() + ": ");
        assertTrue(section > 0, report);
        assertTrue(section < report.indexOf("\n## mixed (tasks=32, size=0)"), "before the shares' own sections");
        assertTrue(report.contains("(charts/share-mixed-tasks-32.svg)"), report);
        assertTrue(Files.size(dir.resolve("charts/share-mixed-tasks-32.svg")) > 1000);
        for (int i = 0; i < SHARES.length; i++) {
            Share share = sweep.shares().get(i);
            assertEquals(batchMillis(SHARES[i], 2, 1.0), share.of("platform-pool").at(2).score().value(), 1e-9);
            assertEquals(batchMillis(SHARES[i], 32, SHARES[i] < 90 ? 1.1 : 0.9),
                    share.of("virtual").at(32).score().value(), 1e-9);
        }
        assertTrue(sweep.shares().get(0).ranking().winner().point() == sweep.shares().get(0).of("platform-pool").at(2),
                "platform-pool at 2 threads is the fastest at 0 %");
        for (Share share : sweep.shares().subList(2, 4)) {
            assertTrue(share.ranking().winner().point() == share.of("virtual").at(32), "virtual at 32 from 90 %");
        }
        Ranking atNinety = sweep.shares().get(2).ranking();
        assertEquals("platform-pool", atNinety.runnerUp().engine());
        assertEquals(32, atNinety.runnerUp().point().n());
        assertTrue(atNinety.clear());
        assertEquals(List.of("virtual", "platform-pool", "process-pool", "sequential"),
                atNinety.order().stream().map(Contender::engine).toList());
        for (Share share : sweep.shares().subList(2, 4)) {
            assertEquals(List.of(32.0, 32.0, 16.0), List.of("platform-pool", "virtual", "process-pool").stream()
                    .map(e -> share.of(e).fewest()).toList(), "the fewest threads not clearly slower at " + share.percent());
        }

        assertEquals(1.11, atNinety.margin().value(), 0.005);
        assertEquals(1.09, atNinety.margin().low(), 0.005);
        assertEquals(1.13, atNinety.margin().high(), 0.005);
        assertEquals(List.of(new Crossover(50, "platform-pool", 90, "virtual")), sweep.crossovers());
        assertEquals(2, sweep.cores(), "the textbook's cores");
        List<Share> belowAll = sweep.shares().subList(0, 3);
        assertTrue(belowAll.stream().allMatch(s -> {
            double ratio = s.of(s.ranking().winner().engine()).fewest() / sweep.textbookThreads(s);
            return ratio <= 2 && ratio >= 0.5;
        }), "the winner's fewest threads within a factor of 2 of the textbook's at every share below 100 %");
        assertEquals(32.0, sweep.threadCounts().get(sweep.threadCounts().size() - 1), "the most threads measured");
        assertEquals("32", sweep.key().params().get("tasks"));
    }
}
