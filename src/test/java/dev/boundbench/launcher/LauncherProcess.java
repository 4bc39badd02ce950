package dev.boundbench.launcher;

import dev.boundbench.engine.Await;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real launcher in a JVM of its own, started the way run-benchmarks.sh starts it (optionally
 * under a wrapper command such as {@code unshare}), with its stdout and stderr collected as they come.
 */
final class LauncherProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final List<Thread> readers = new ArrayList<>();

    /**
     * @param wrapper words before {@code java}, e.g. {@code unshare ... sh -c ...}; empty for none
     * @param args the launcher's arguments
     */
    LauncherProcess(List<String> wrapper, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        process = new ProcessBuilder(command).start();
        readers.add(Thread.ofPlatform().daemon().start(() -> collect(process.getInputStream(), out)));
        readers.add(Thread.ofPlatform().daemon().start(() -> collect(process.getErrorStream(), err)));
    }

    private static void collect(InputStream stream, StringBuffer into) {
        byte[] buffer = new byte[8192];
        try (stream) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException closed) {
            // The process ended.
        }
    }

    Process process() {
        return process;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Waits until stdout holds {@code text}; false when the process ended or the time ran out first. */
    boolean awaitOut(String text, Duration limit) throws InterruptedException {
        Await.within(limit, () -> out().contains(text) || !process.isAlive());
        return out().contains(text);
    }

    /** Waits for the exit and the end of both streams; returns the exit status. */
    int exitStatus(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The launcher still runs after " + limit + "; its output: " + out() + err());
        }
        for (Thread reader : readers) {
            reader.join(5_000);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
