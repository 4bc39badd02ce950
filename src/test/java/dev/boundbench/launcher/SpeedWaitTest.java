package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.monitor.CpuSpeed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rerun waits for the core to come back to the earlier run's speed, for a while. */
class SpeedWaitTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final List<Duration> slept = new ArrayList<>();

    private SpeedWait waitWith(double... micros) {
        Iterator<Double> speeds = java.util.Arrays.stream(micros).boxed().iterator();
        return new SpeedWait(() -> new CpuSpeed(speeds.next(), 5), slept::add, Duration.ofSeconds(5), 3);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void until_alreadyClose_measuresAtOnce() {
        CpuSpeed now = new CpuSpeed(215, 5);

        assertEquals(now, waitWith().until(200, now, "run", console));
        assertEquals(List.of(), slept);
        assertEquals("", printed());
    }

    @Test
    void until_speedComesBack_stopsWaitingThere() {
        CpuSpeed speed = waitWith(338, 205, 400).until(200, new CpuSpeed(330, 5), "quick-2-cores", console);

        assertEquals(205, speed.microsPerCall());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), slept);
        assertEquals("CPU speed 330 µs per fib(24) call, 200 µs when quick-2-cores was measured: waiting for it to come"
                + " within 10 % (timing it every 5 s, 3 times at most).\n"
                + "CPU speed 205 µs per call after 10 s: within 10 %; measuring.\n", printed().replace("\r\n", "\n"));
    }

    @Test
    void until_speedNeverComesBack_measuresAnywayWithTheLastFigure() {
        CpuSpeed speed = waitWith(338, 340, 336).until(200, new CpuSpeed(330, 5), "run", console);

        assertEquals(336, speed.microsPerCall());
        assertEquals(3, slept.size());
        assertEquals("CPU speed still 336 µs per call after 15 s; measuring anyway.",
                printed().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void until_noEarlierSpeed_doesNotWait() {
        CpuSpeed now = new CpuSpeed(330, 5);

        assertEquals(now, waitWith().until(Double.NaN, now, "run", console));
        assertEquals(List.of(), slept);
    }
}
