package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.CpuWorkloads;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import dev.boundbench.workload.WorkloadRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RoundsTest {

    private static final List<ConfigId> CONFIGS = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1),
            ConfigId.of(EngineType.PLATFORM_POOL, 2), ConfigId.of(EngineType.VIRTUAL, 2),
            ConfigId.of(EngineType.FORK_JOIN, 2), ConfigId.of(EngineType.PLATFORM_POOL, 2).twin());

    @Test
    void runOne_everyConfigurationOnce_inAFreshOrder_resultsChecked() throws Exception {
        Task fib = new Task("fib", 20);
        RoundLog log = RoundLog.newForTest();
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Rounds rounds = new Rounds(CONFIGS, runner, fib, 6, 6765, 42, log, LeadIn.NONE)) {
            Set<List<ConfigId>> orders = new HashSet<>();
            Set<ConfigId> firsts = new HashSet<>();
            log.startIteration();
            for (int i = 0; i < 60; i++) {
                assertEquals(CONFIGS.size() * 6 * CpuWorkloads.fib(20), rounds.runOne());
                List<ConfigId> order = rounds.lastOrder();
                assertEquals(Set.copyOf(CONFIGS), Set.copyOf(order));
                assertEquals(CONFIGS.size(), order.size());
                long[] nanos = rounds.lastNanos();
                assertEquals(CONFIGS.size(), nanos.length);
                assertTrue(Arrays.stream(nanos).allMatch(n -> n > 0), Arrays.toString(nanos));
                orders.add(order);
                firsts.add(order.get(0));
            }
            assertTrue(orders.size() > 30, "60 rounds of 5 configurations drew only " + orders.size() + " orders");
            assertEquals(Set.copyOf(CONFIGS), firsts);
            RoundLog.IterationTimes times = log.drain();
            assertEquals(CONFIGS, List.copyOf(times.millis().keySet()));
            times.millis().values().forEach(ms -> assertTrue(ms > 0, "a batch time of " + ms + " ms"));
        }
    }

    @Test
    void runOne_warming_eachConfigurationRunsWholeCheckedBatchesForTenMilliseconds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskRunner counting = task -> {
            calls.incrementAndGet();
            return 55;
        };
        List<ConfigId> two = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1), ConfigId.of(EngineType.PLATFORM_POOL, 1));
        try (Rounds rounds = new Rounds(two, counting, new Task("fib", 10), 4, 55, 1, RoundLog.newForTest(), LeadIn.NONE)) {
            rounds.warming(true);
            calls.set(0);
            long start = System.nanoTime();
            assertEquals(2 * 4 * 55, rounds.runOne());
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsedMillis >= 2 * Rounds.WARM_MILLIS, "a warm-up round of 2 configurations took "
                    + elapsedMillis + " ms");
            assertEquals(0, calls.get() % 4, calls.get() + " tasks run: not whole batches");
            assertEquals(2, rounds.lastNanos().length);

            rounds.warming(false);
            calls.set(0);
            rounds.runOne();
            assertEquals(2 * 4, calls.get());
        }
    }

    @Test
    void runOne_leadIn_eachTimedBatchFollowsACheckedBatchOfItsOwnConfiguration() throws Exception {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        TaskRunner recording = task -> {
            threads.add(Thread.currentThread().getName());
            return 55;
        };
        List<ConfigId> two = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1), ConfigId.of(EngineType.PLATFORM_POOL, 1));
        try (Rounds rounds = new Rounds(two, recording, new Task("fib", 10), 4, 55, 1, RoundLog.newForTest(), LeadIn.WHOLE)) {
            for (int round = 0; round < 5; round++) {
                threads.clear();
                assertEquals(2 * 4 * 55, rounds.runOne(), "the round's sum counts the timed batches only");
                assertEquals(16, threads.size(), "2 configurations x (lead-in + timed) x 4 tasks: " + threads);
                String caller = Thread.currentThread().getName();
                boolean sequentialFirst = rounds.lastOrder().get(0).equals(two.get(0));
                List<String> callerRuns = sequentialFirst ? threads.subList(0, 8) : threads.subList(8, 16);
                List<String> poolRuns = sequentialFirst ? threads.subList(8, 16) : threads.subList(0, 8);
                assertTrue(callerRuns.stream().allMatch(caller::equals), "sequential's two batches: " + threads);
                assertTrue(poolRuns.stream().noneMatch(caller::equals), "the pool's two batches: " + threads);
            }
        }
    }

    @Test
    void runOne_leadIn_aWrongResultInTheLeadInNamesTheConfiguration() throws Exception {
        AtomicInteger calls = new AtomicInteger(-100);
        TaskRunner wrongOnTheThirdTask = task -> calls.incrementAndGet() == 3 ? -1 : 55;
        List<ConfigId> one = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1));
        try (Rounds rounds = new Rounds(one, wrongOnTheThirdTask, new Task("fib", 10), 4, 55, 1,
                RoundLog.newForTest(), LeadIn.WHOLE)) {
            calls.set(0);
            IllegalStateException failure = assertThrows(IllegalStateException.class, rounds::runOne);
            assertTrue(failure.getMessage().contains("sequential@1 gave -1"), failure.getMessage());
            assertEquals(4, calls.get(), "the round stopped after the lead-in batch");
        }
    }

    @Test
    void runOne_warming_aWrongResultInAnUntimedBatchNamesTheConfiguration() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskRunner wrongOnTheHundredthTask = task -> calls.incrementAndGet() == 100 ? -1 : 55;
        List<ConfigId> one = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1));
        try (Rounds rounds = new Rounds(one, wrongOnTheHundredthTask, new Task("fib", 10), 4, 55, 1,
                RoundLog.newForTest(), LeadIn.NONE)) {
            rounds.warming(true);
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
                while (calls.get() < 100) {
                    rounds.runOne();
                }
            });
            assertTrue(failure.getMessage().contains("sequential@1 gave -1"), failure.getMessage());
        }
    }

    @Test
    void runOne_sameSeed_sameOrders() throws Exception {
        Task fib = new Task("fib", 10);
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads();
             Rounds a = new Rounds(CONFIGS, runner, fib, 2, 55, 7, RoundLog.newForTest(), LeadIn.NONE);
             Rounds b = new Rounds(CONFIGS, runner, fib, 2, 55, 7, RoundLog.newForTest(), LeadIn.NONE)) {
            for (int i = 0; i < 10; i++) {
                a.runOne();
                b.runOne();
                assertEquals(a.lastOrder(), b.lastOrder());
            }
        }
    }

    @Test
    void runOne_wrongResult_namesTheConfiguration() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskRunner wrongOnTheTenthTask = task -> calls.incrementAndGet() == 10 ? -1 : 55;
        List<ConfigId> two = List.of(ConfigId.of(EngineType.SEQUENTIAL, 1), ConfigId.of(EngineType.PLATFORM_POOL, 1));
        try (Rounds rounds = new Rounds(two, wrongOnTheTenthTask, new Task("fib", 10), 4, 55, 1,
                RoundLog.newForTest(), LeadIn.NONE)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, rounds::runOne);
            assertTrue(failure.getMessage().contains(" gave -1 for task 1 (fib(10)), expected 55"),
                    failure.getMessage());
        }
    }

    @Test
    void new_sameConfigurationTwice_refused() {
        List<ConfigId> twice = List.of(ConfigId.of(EngineType.VIRTUAL, 2), ConfigId.of(EngineType.VIRTUAL, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Rounds(twice, task -> 1, new Task("fib", 1), 1, 1, 1, RoundLog.newForTest(), LeadIn.NONE));
    }
}
