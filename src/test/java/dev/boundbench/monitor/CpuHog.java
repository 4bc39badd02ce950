package dev.boundbench.monitor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A real CPU hog in another process: a shell spinning one core until closed. */
final class CpuHog implements AutoCloseable {

    private final Process process;

    private CpuHog(Process process) {
        this.process = process;
    }

    /** Starts the hog and gives it a moment to get going. */
    static CpuHog start() throws IOException, InterruptedException {
        CpuHog hog = new CpuHog(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        Thread.sleep(100);
        return hog;
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
