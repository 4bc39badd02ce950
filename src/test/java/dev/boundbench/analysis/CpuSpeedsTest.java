package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.Environment;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** compare's line on the two runs' core speeds. */
class CpuSpeedsTest {

    private static Environment speed(String entry) {
        return new Environment(entry == null ? Map.of() : Map.of(CpuSpeeds.ENTRY, entry), Map.of());
    }

    private static final Environment SENTENCE_400 = speed("fib(24) on one thread: 400 µs per call (median of 15 rounds;"
            + " spread 3 %)");

    @Test
    void line_slowerMachine_warns() {
        Environment after = speed("fib(24) on one thread: 480 µs per call (median of 15 rounds; spread 9 %)");

        CpuSpeeds.SpeedChange change = CpuSpeeds.change(SENTENCE_400, after).orElseThrow();
        assertEquals(400, change.before().microsPerCall());
        assertEquals(480, change.after().microsPerCall());
        assertEquals(20, change.percent(), 1e-9);
        assertTrue(change.warns());
        String line = CpuSpeeds.line(SENTENCE_400, after);
        assertTrue(line.contains(" (+20 % time per call)."), line);
        assertTrue(line.endsWith(CpuSpeeds.MACHINE_CHANGED), line);
    }

    @Test
    void line_sameSpeed_statesBothWithoutWarning() {
        Environment before = speed("fib(24) on one thread: 400 µs per call");
        Environment after = speed("fib(24) on one thread: 404 µs per call");

        CpuSpeeds.SpeedChange change = CpuSpeeds.change(before, after).orElseThrow();
        assertEquals(1, change.percent(), 1e-9);
        assertFalse(change.warns());
        String line = CpuSpeeds.line(before, after);
        assertTrue(line.endsWith(" (+1 % time per call)."), line);
        assertTrue(line.contains(change.before().describe() + "; after " + change.after().describe()), line);
    }

    @Test
    void line_oneRunWithoutSpeed_saysNotMeasured() {
        Environment after = speed("fib(24) on one thread: 404 µs per call");

        assertEquals(Optional.empty(), CpuSpeeds.change(speed(null), after));
        String line = CpuSpeeds.line(speed(null), after);
        assertTrue(line.contains("before not measured; after "), line);
        assertFalse(line.contains("time per call)"), line);
    }

    @Test
    void line_numberObjectBesideOldSentence_readsBoth() {
        Environment json = speed("{\"microsPerCall\":480.0,\"rounds\":15,\"spreadPercent\":9}");
        Environment sentence = speed("fib(24) on one thread: 480 µs per call (median of 15 rounds; spread 9 %)");

        assertEquals(CpuSpeeds.change(SENTENCE_400, sentence), CpuSpeeds.change(SENTENCE_400, json));
        assertEquals(CpuSpeeds.line(SENTENCE_400, sentence), CpuSpeeds.line(SENTENCE_400, json));
    }

    @Test
    void line_neitherRun_isEmpty() {
        assertEquals("", CpuSpeeds.line(speed(null), speed(null)));
    }
}
