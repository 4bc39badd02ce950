package dev.boundbench.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The core-speed kernel: its known answer, a real measurement, its description and its checks. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CpuSpeedTest {

    @Test
    void fib_24_isItsKnownAnswer() {
        assertEquals(CpuSpeed.FIB_N, CpuSpeed.fib(CpuSpeed.N));
    }

    @Test
    void measure_shortRounds_givesATimePerCallAndASpread() {
        CpuSpeed speed = CpuSpeed.measure(Duration.ofMillis(50), Duration.ofMillis(5));
        // fib(24) makes 150,049 calls: between 10 µs and 100 ms on any machine that runs the suite.
        assertTrue(speed.microsPerCall() > 10 && speed.microsPerCall() < 100_000, speed.toString());
        assertTrue(Double.isFinite(speed.spreadPercent()), "a spread over a median above zero: " + speed);
        assertTrue(speed.describe().matches("fib\\(24\\) on one thread: [0-9]+ µs per call \\(median of 15 rounds;"
                + " spread [0-9]+ %\\)"), speed.describe());
    }

    @Test
    void describe_knownFigures_readsAsOneLine() {
        assertEquals("fib(24) on one thread: 412 µs per call (median of 15 rounds; spread 8 %)",
                new CpuSpeed(412.3, 7.9).describe());
    }

    @Test
    void constructor_nonPositiveTime_isRejectedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CpuSpeed(0, 1));
        assertEquals("Needs microsPerCall > 0 and spreadPercent >= 0, got 0.0 and 1.0", e.getMessage());
    }
}
