package dev.boundbench.engine.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a worker's stderr on its own thread and keeps the last {@value #CAPACITY} bytes, to be
 * shown in error messages; draining also keeps a chatty worker from blocking on a full pipe. Used
 * by the CPython engines' Python worker too.
 */
public final class StderrTail {

    static final int CAPACITY = 4096;

    private final byte[] ring = new byte[CAPACITY];
    private long written;
    private final Thread drainer;

    public StderrTail(InputStream stderr, String threadName) {
        drainer = Thread.ofPlatform().name(threadName).daemon(true).start(() -> drain(stderr));
    }

    private void drain(InputStream stderr) {
        byte[] buffer = new byte[1024];
        try (stderr) {
            int n;
            while ((n = stderr.read(buffer)) > 0) {
                append(buffer, n);
            }
        } catch (IOException closed) {
            // The worker is gone; keep what was read.
        }
    }

    private synchronized void append(byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % CAPACITY)] = buffer[i];
        }
    }

    /** Waits up to {@code millis} for the worker's stderr to end, so the last lines are in. */
    public void awaitEnd(long millis) {
        try {
            drainer.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last bytes written, as text, trimmed; "(empty)" when there were none. */
    public synchronized String text() {
        int length = (int) Math.min(written, CAPACITY);
        byte[] copy = new byte[length];
        for (int i = 0; i < length; i++) {
            copy[i] = ring[(int) ((written - length + i) % CAPACITY)];
        }
        String text = new String(copy, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "(empty)";
        }
        return written > CAPACITY ? "…" + text : text;
    }
}
