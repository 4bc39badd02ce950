package dev.boundbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mixed workload's exact results, its calibrated CPU work, its share's range and its catalog entry. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MixedWorkloadTest {

    /** The chain as the JDK computes it: each step is the first long of a SplittableRandom seeded by the last. */
    private static long oracle(long seed, long count) {
        long x = seed;
        for (long i = 0; i < count; i++) {
            x = new SplittableRandom(x).nextLong();
        }
        return x;
    }

    @Test
    void steps_agreeWithSplittableRandom() {
        for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE}) {
            for (long count : new long[] {0, 1, 2, 1_000, 12_345}) {
                assertEquals(oracle(seed, count), CalibratedWork.steps(seed, count),
                        "seed " + seed + ", count " + count);
            }
        }
    }

    @Test
    void computeSteps_isTheShareOfTenMillisecondsNotSpentWaiting() {
        assertEquals(2_000_000, MixedWorkload.computeSteps(0, 200_000));
        assertEquals(1_500_000, MixedWorkload.computeSteps(25, 200_000));
        assertEquals(200_000, MixedWorkload.computeSteps(90, 200_000));
        assertEquals(0, MixedWorkload.computeSteps(100, 200_000));
    }

    @Test
    void run_returnsTheLastStepOfItsShareOfTheWork() throws Exception {
        assertEquals(oracle(0, 10_000), MixedWorkload.run(0, 1_000));
        assertEquals(oracle(25, 7_500), MixedWorkload.run(25, 1_000));
        assertEquals(oracle(90, 1_000), MixedWorkload.run(90, 1_000));
        assertEquals(100, MixedWorkload.run(100, 1_000), "no work: the seed, which is the share");
    }

    @Test
    void mixed_usesThisJvmsCalibration() throws Exception {
        long stepsPerMs = CalibratedWork.stepsPerMillisecond();
        assertEquals(oracle(75, MixedWorkload.computeSteps(75, stepsPerMs)), MixedWorkload.mixed(75));
        assertEquals(100, MixedWorkload.mixed(100));
    }

    @Test
    void calibration_isPublishedForWorkerProcesses() {
        long stepsPerMs = CalibratedWork.stepsPerMillisecond();
        assertTrue(stepsPerMs > 0);
        assertEquals(Long.toString(stepsPerMs), System.getProperty(CalibratedWork.STEPS_PER_MS_PROPERTY));
    }

    @Test
    void parse_acceptsAPositiveCountAndNamesABadOne() {
        assertEquals(250_000, CalibratedWork.parse(" 250000 "));
        for (String bad : List.of("0", "-3", "fast", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalibratedWork.parse(bad));
            assertEquals("boundbench.mixed.stepsPerMs must be a whole number of steps per ms > 0, got \"" + bad + "\"",
                    e.getMessage());
        }
    }

    @Test
    void mixed_shareOutOfRange_namesTheValidOnes() {
        for (int bad : new int[] {-1, 101}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MixedWorkload.mixed(bad));
            assertEquals("mixed needs an I/O share of 0 to 100 (percent), got " + bad, e.getMessage());
        }
    }

    @Test
    void catalog_listsMixedWithItsKindSweepAndRange() {
        WorkloadDescriptor mixed = WorkloadCatalog.discover().get("mixed");
        assertEquals(Kind.MIXED, mixed.kind());
        assertEquals(50, mixed.defaultSize());
        assertEquals(List.of(0, 25, 50, 75, 90, 100), mixed.sizes());
        assertEquals(100, mixed.maxSize());
        assertTrue(mixed.onlyWhenNamed());
        assertEquals(List.of(1, 2, 4, 8, 16, 32), mixed.ladder(2));
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 48), mixed.ladder(3));
        mixed.checkSize(0);
        mixed.checkSize(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mixed.checkSize(101));
        assertEquals("Workload mixed takes sizes 0 to 100 (I/O share: % of a 10 ms task slept, the rest computed),"
                + " got 101; by default it runs 0, 25, 50, 75, 90, 100", e.getMessage());
    }
}
