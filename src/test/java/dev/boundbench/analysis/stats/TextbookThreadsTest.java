package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The textbook's best thread count, cores / (1 − I/O share). */
class TextbookThreadsTest {

    @Test
    void of_knownValues() {
        assertEquals(2, TextbookThreads.of(2, 0));
        assertEquals(8.0 / 3, TextbookThreads.of(2, 0.25), 1e-12);
        assertEquals(4, TextbookThreads.of(2, 0.5), 1e-12);
        assertEquals(8, TextbookThreads.of(2, 0.75), 1e-12);
        assertEquals(20, TextbookThreads.of(2, 0.9), 1e-9);
        assertEquals(160, TextbookThreads.of(16, 0.9), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, TextbookThreads.of(2, 1));
    }

    @Test
    void describe_roundsToATenthAndNamesTheUnbounded() {
        assertEquals("2", TextbookThreads.describe(2, 0));
        assertEquals("2.7", TextbookThreads.describe(2, 0.25));
        assertEquals("20", TextbookThreads.describe(2, 0.9));
        assertEquals("unbounded", TextbookThreads.describe(2, 1));
        assertEquals("n/a", TextbookThreads.describe(Double.NaN, 0.5));
    }

    @Test
    void of_outOfRange_namesTheValue() {
        assertEquals("An I/O share runs from 0 to 1 (0 % to 100 %), got 1.1",
                assertThrows(IllegalArgumentException.class, () -> TextbookThreads.of(2, 1.1)).getMessage());
        assertEquals("An I/O share runs from 0 to 1 (0 % to 100 %), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> TextbookThreads.of(2, -0.1)).getMessage());
        assertEquals("The textbook thread count needs cores > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> TextbookThreads.of(0, 0.5)).getMessage());
    }
}
