package dev.boundbench.monitor;

import dev.boundbench.engine.Await;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A real CPU hog in another process: a shell spinning one core until closed. */
final class CpuHog implements AutoCloseable {

    /** CPU time from which the hog counts as spinning. */
    private static final Duration SPINNING = Duration.ofMillis(50);

    private final Process process;

    private CpuHog(Process process) {
        this.process = process;
    }

    /** Starts the hog and waits until it has used CPU: a spinning hog, not a shell still starting. */
    static CpuHog start() throws IOException, InterruptedException {
        CpuHog hog = new CpuHog(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        try {
            Await.until(() -> "the hog (pid " + hog.pid() + ") using CPU, used " + hog.cpu().toMillis() + " ms",
                    Duration.ofSeconds(10), () -> hog.cpu().compareTo(SPINNING) >= 0);
        } catch (RuntimeException | Error | InterruptedException e) {
            hog.close();
            throw e;
        }
        return hog;
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long pid() {
        return process.pid();
    }

    /** Kills the hog and waits for it to be gone. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
