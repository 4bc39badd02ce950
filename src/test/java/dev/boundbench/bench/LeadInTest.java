package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.engine.EngineType;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeadInTest {

    private static final ConfigId ONE_THREAD = ConfigId.of(EngineType.PLATFORM_POOL, 1);
    private static final ConfigId TWO_THREADS = ConfigId.of(EngineType.PLATFORM_POOL, 2);

    @Test
    void noneAndWhole_areNothingAndTheBatch() {
        assertEquals(0, LeadIn.NONE.tasks(TWO_THREADS, 8));
        assertEquals(8, LeadIn.WHOLE.tasks(TWO_THREADS, 8));
        assertEquals(2000, LeadIn.WHOLE.tasks(ONE_THREAD, 2000));
    }

    @Test
    void forKind_cpuAndMixedLeadInWithTheWholeBatch_ioNot() {
        assertEquals(LeadIn.WHOLE, LeadIn.forKind(Kind.CPU));
        assertEquals(LeadIn.WHOLE, LeadIn.forKind(Kind.MIXED));
        assertEquals(LeadIn.NONE, LeadIn.forKind(Kind.IO));
    }

    @Test
    void rounds_runEachConfigurationsLeadInBeforeItsTimedBatch_andCountOnlyTheTimedOnes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskRunner counting = task -> {
            calls.incrementAndGet();
            return 55;
        };
        LeadIn twoForTheOneThreadPoolNoneForTheOther = (config, batch) -> config.equals(ONE_THREAD) ? 2 : 0;
        try (Rounds rounds = new Rounds(List.of(ONE_THREAD, TWO_THREADS), counting, new Task("fib", 10), 8, 55, 1,
                RoundLog.newForTest(), twoForTheOneThreadPoolNoneForTheOther)) {
            calls.set(0);
            assertEquals(2 * 8 * 55, rounds.runOne(), "the round's sum counts the timed batches only");
            assertEquals(2 * 8 + 2, calls.get(), "two timed batches of 8 and one lead-in of 2 tasks");
        }
    }
}
