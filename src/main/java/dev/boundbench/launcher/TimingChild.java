package dev.boundbench.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child process of the {@link TaskTimer} — a {@link TaskTimerMain} JVM, or the CPython worker
 * script's {@code time} mode — and the lines it prints: the protocol's lines one at a time with a
 * time limit, anything else (a JVM's own warnings, a Python traceback) kept for messages.
 */
final class TimingChild implements AutoCloseable {

    /** What {@link #next} returns once the JVM's output has ended. */
    static final String END = "\u0000end";

    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final long startNanos = System.nanoTime();
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> other = new ArrayList<>();
    private final String name;

    /**
     * @param command the child's command line
     * @param name what the child is, for messages, e.g. {@code the JVM}
     */
    TimingChild(List<String> command, String name) throws IOException {
        this.name = name;
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread.ofVirtual().name("boundbench-timer-reader").start(this::read);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // The child was ended: same as the end of its output.
        }
        lines.add(END);
    }

    /** Waits for the child's first line; returns the nanoseconds since it was started. */
    long awaitReady() throws InterruptedException {
        String line = next(START_LIMIT);
        if (!TaskTimer.READY.equals(line)) {
            throw new RunFailedException(name + " timing the tasks before the run did not start: " + output());
        }
        return System.nanoTime() - startNanos;
    }

    /** The next protocol line, or null when none came within {@code limit}; other output is kept. */
    String next(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.equals(END)) {
                lines.add(END);
                return END;
            }
            if (line.equals(TaskTimer.READY) || line.startsWith(TaskTimer.FIRST) || line.startsWith(TaskTimer.OK)
                    || line.startsWith(TaskTimer.ERROR)) {
                return line;
            }
            other.add(line);
        }
    }

    /** What the child printed besides the protocol, and whether it still runs: for messages. */
    String output() {
        String status = process.isAlive() ? "still running" : "exit status " + process.exitValue();
        return other.isEmpty() ? "no output (" + status + ")" : String.join(" | ", other) + " (" + status + ")";
    }

    /** Ends the child: SIGTERM first, so that its shutdown hooks delete its scratch files. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
