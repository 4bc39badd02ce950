package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.engine.EngineType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundLogTest {

    private static final ConfigId A = ConfigId.of(EngineType.PLATFORM_POOL, 2);
    private static final ConfigId B = ConfigId.of(EngineType.VIRTUAL, 2);

    @Test
    void drain_meanOfEachConfigurationsBatches_inMilliseconds() {
        RoundLog log = RoundLog.newForTest();
        log.reset(List.of(A, B));
        log.startIteration();
        log.round(List.of(A, B), new long[] {2_000_000, 4_000_000});
        log.round(List.of(B, A), new long[] {6_000_000, 4_000_000});
        RoundLog.IterationTimes times = log.drain();
        assertEquals(3.0, times.millis().get(A), 1e-12);
        assertEquals(5.0, times.millis().get(B), 1e-12);
        assertEquals(List.of(A, B), List.copyOf(times.millis().keySet()));
    }

    @Test
    void orderRatio_firstAgainstLater_geometricMeanOverConfigurations() {
        RoundLog log = RoundLog.newForTest();
        log.reset(List.of(A, B));
        log.startIteration();
        // A: 200 first, 100 later (ratio 2); B: 100 first, 100 later (ratio 1): geometric mean √2.
        log.round(List.of(A, B), new long[] {200, 100});
        log.round(List.of(B, A), new long[] {100, 100});
        assertEquals(Math.sqrt(2), log.drain().orderRatio(), 1e-12);
    }

    @Test
    void orderRatio_oneRoundIteration_comparesWithTheRoundBefore() {
        RoundLog log = RoundLog.newForTest();
        log.reset(List.of(A, B));
        log.startIteration();
        log.round(List.of(A, B), new long[] {300, 100});
        log.drain();
        log.startIteration();
        log.round(List.of(B, A), new long[] {100, 100});
        RoundLog.IterationTimes second = log.drain();
        assertEquals(Math.sqrt(3), second.orderRatio(), 1e-12);
        assertEquals(1e-4, second.millis().get(A), 1e-15);
    }

    @Test
    void orderRatio_sameConfigurationFirstEverywhere_isOne() {
        RoundLog log = RoundLog.newForTest();
        log.reset(List.of(A, B));
        log.startIteration();
        log.round(List.of(A, B), new long[] {300, 100});
        log.round(List.of(A, B), new long[] {300, 100});
        assertEquals(1.0, log.drain().orderRatio());
    }

    @Test
    void drain_withoutRounds_isEmpty() {
        RoundLog log = RoundLog.newForTest();
        log.reset(List.of(A, B));
        log.startIteration();
        assertEquals(RoundLog.IterationTimes.NONE, log.drain());
    }
}
