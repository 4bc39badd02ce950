package dev.boundbench.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pre-flight check against a real CPU hog in another process. Other work may share the
 * machine while this runs and end during it, so the hog is judged by its own reading: named, and
 * inside the sample's foreign CPU.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PreflightSamplerTest {

    private static final Duration PERIOD = Duration.ofMillis(800);

    @Test
    void sample_cpuHogInAnotherProcess_isNamedAndCountedAsForeign() throws Exception {
        PreflightSampler sampler = new PreflightSampler();
        MachineSample with;
        long hogPid;
        try (CpuHog hog = CpuHog.start()) {
            hogPid = hog.pid();
            with = sampler.sample(PERIOD).orElseThrow();
        }
        assertTrue(with.foreignCores() >= 0.6, with.toString());
        MachineSample.Consumer named = with.busiest().stream().filter(c -> c.pid() == hogPid).findFirst()
                .orElseThrow(() -> new AssertionError("hog pid " + hogPid + " not named: " + with));
        assertEquals("sh", named.name());
        assertTrue(named.cores() >= 0.6, named.toString());
        assertTrue(with.foreignCores() >= named.cores() - 0.1, "the hog's CPU is foreign CPU: " + with);
        assertTrue(with.busy(), with.toString());
        assertTrue(with.warning().contains("sh pid " + hogPid + ": "), with.warning());
    }

    @Test
    void warning_busyOrQuiet_isOneLineOrEmpty() {
        MachineSample busy = new MachineSample(1, 1.05, 0.98, 0.4,
                List.of(new MachineSample.Consumer("java", 4242, 0.97), new MachineSample.Consumer("sh", 7, 0.01)));
        assertEquals("Machine busy before the run: 0.98 cores in use by other processes (java pid 4242: 0.97 cores;"
                + " sh pid 7: 0.01 cores) and 0 % steal; their CPU will be counted as foreign and the points marked"
                + " disturbed. Stop them for numbers you can trust.", busy.warning());
        assertEquals("", new MachineSample(1, 0.09, 0.09, 4.9, List.of()).warning());
        assertTrue(new MachineSample(1, 0.01, 0.0, MachineSample.BUSY_STEAL_PERCENT, List.of()).busy(),
                "steal alone makes the machine busy");
        assertFalse(new MachineSample(1, 0.09, 0.09, 4.9, List.of()).busy());
    }
}
