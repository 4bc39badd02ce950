package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrimmedMeanTest {

    @Test
    void of_tenValues_middleSixAndYuensError() {
        TrimmedMean t = TrimmedMean.of(new double[] {7, 1, 9, 3, 10, 2, 5, 8, 4, 6});
        assertEquals(5.5, t.value(), 1e-12);
        // winsorized 3,3,3,4,5,6,7,8,8,8: squares 42.5 over h(h-1) = 6 x 5
        assertEquals(Math.sqrt(42.5 / 30), t.standardError(), 1e-12);
        assertEquals(5, t.degreesOfFreedom());
    }

    @Test
    void of_oneWildValue_sameAsWithoutIt() {
        TrimmedMean tame = TrimmedMean.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        TrimmedMean wild = TrimmedMean.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1000});
        assertEquals(tame, wild);
    }

    @Test
    void of_fewValues_nothingTrimmed() {
        TrimmedMean t = TrimmedMean.of(new double[] {1, 2, 6});
        assertEquals(3, t.value(), 1e-12);
        assertEquals(Math.sqrt(14.0 / 6), t.standardError(), 1e-12);
        assertEquals(2, t.degreesOfFreedom());
        assertThrows(IllegalArgumentException.class, () -> TrimmedMean.of(new double[] {1}));
    }
}
