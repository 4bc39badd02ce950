package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.analysis.read.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** compare's line on the two runs' core speeds. */
class CpuSpeedsTest {

    private static Environment speed(String entry) {
        return new Environment(entry == null ? Map.of() : Map.of(CpuSpeeds.ENTRY, entry), Map.of());
    }

    @Test
    void line_slowerMachine_warns() {
        assertEquals("CPU speed before the run: before fib(24) on one thread: 400 µs per call (median of 15 rounds;"
                + " spread 3 %); after fib(24) on one thread: 480 µs per call (median of 15 rounds; spread 9 %)"
                + " (+20 % time per call). The machine itself ran at another speed: read changes in the scores"
                + " with that in mind.",
                CpuSpeeds.line(speed("fib(24) on one thread: 400 µs per call (median of 15 rounds; spread 3 %)"),
                        speed("fib(24) on one thread: 480 µs per call (median of 15 rounds; spread 9 %)")));
    }

    @Test
    void line_sameSpeed_statesBothWithoutWarning() {
        assertEquals("CPU speed before the run: before fib(24) on one thread: 400 µs per call; after fib(24) on one"
                + " thread: 404 µs per call (+1 % time per call).",
                CpuSpeeds.line(speed("fib(24) on one thread: 400 µs per call"),
                        speed("fib(24) on one thread: 404 µs per call")));
    }

    @Test
    void line_oneRunWithoutSpeed_saysNotMeasured() {
        assertEquals("CPU speed before the run: before not measured; after fib(24) on one thread: 404 µs per call.",
                CpuSpeeds.line(speed(null), speed("fib(24) on one thread: 404 µs per call")));
    }

    @Test
    void line_numberObjectBesideOldSentence_readsBoth() {
        assertEquals("CPU speed before the run: before fib(24) on one thread: 400 µs per call (median of 15 rounds;"
                + " spread 3 %); after fib(24) on one thread: 480 µs per call (median of 15 rounds; spread 9 %)"
                + " (+20 % time per call). The machine itself ran at another speed: read changes in the scores"
                + " with that in mind.",
                CpuSpeeds.line(speed("fib(24) on one thread: 400 µs per call (median of 15 rounds; spread 3 %)"),
                        speed("{\"microsPerCall\":480.0,\"rounds\":15,\"spreadPercent\":9}")));
    }

    @Test
    void line_neitherRun_isEmpty() {
        assertEquals("", CpuSpeeds.line(speed(null), speed(null)));
    }
}
