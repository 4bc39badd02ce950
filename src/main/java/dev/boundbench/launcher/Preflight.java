package dev.boundbench.launcher;

import dev.boundbench.monitor.CpuSpeed;
import dev.boundbench.monitor.PreflightSampler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What the launcher learns about the machine before the first fork: whether something else is
 * using it (a one-second sample) and how fast one core is (timed during that second; the
 * sampler leaves this JVM's own CPU out).
 *
 * @param machineLoad one line naming what is busy, or empty when the machine is quiet
 * @param speed the speed of one core
 */
record Preflight(String machineLoad, CpuSpeed speed) {

    static Preflight run() {
        CompletableFuture<CpuSpeed> speed = CompletableFuture.supplyAsync(CpuSpeed::measure);
        String load = new PreflightSampler().check(Duration.ofSeconds(1));
        return new Preflight(load, speed.join());
    }
}
