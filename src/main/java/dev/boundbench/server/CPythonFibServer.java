package dev.boundbench.server;

import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.engine.cpython.WorkerScriptFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The articles' fib server run by CPython itself — the worker script's {@code fib-server} mode, with
 * a thread per connection ({@code socketserver}), an asyncio loop computing fib, or that loop
 * handing fib to a {@code ProcessPoolExecutor} — so that claims 6 and 7 are measured in the
 * runtime they were made about, by the same clients as the JVM's models. The interpreter is the
 * CPython engines' ({@code python3}, or {@value CPythonOptions#PYTHON_PROPERTY}). Closing it ends
 * the Python process and every process of its pool, and deletes the script.
 */
final class CPythonFibServer implements FibServer {

    /** How long the interpreter may take to start listening (a process pool starts its processes first). */
    static final Duration START_LIMIT = Duration.ofSeconds(30);

    /** How long close waits for the Python process to end by itself before it is killed. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final WorkerScriptFile script;
    private final Process process;
    private final int port;

    private CPythonFibServer(WorkerScriptFile script, Process process, int port) {
        this.script = script;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server of {@code mode} and waits until it listens.
     *
     * @throws IllegalStateException when there is no interpreter, or it did not start listening,
     *         naming the interpreter and what it printed
     */
    static CPythonFibServer start(String mode, int poolSize, CPythonOptions options) {
        WorkerScriptFile script = new WorkerScriptFile(options);
        Process process = null;
        try {
            List<String> command = script.fibServerCommand(options.python(), mode, poolSize);
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new CPythonFibServer(script, process, awaitPort(process, options.python(), mode));
        } catch (IOException | RuntimeException e) {
            stop(process);
            script.close();
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException("The CPython fib server ("
                    + mode + ") cannot start with " + options.python() + ": " + e.getMessage(), e);
        }
    }

    private static int awaitPort(Process process, String python, String mode) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }, runnable -> Thread.ofVirtual().name("boundbench-server-cpython-start").start(runnable));
        String line;
        try {
            line = first.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The CPython fib server (" + mode + ", " + python + ") did not listen within "
                    + START_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("The CPython fib server (" + mode + ", " + python + ") failed to start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the CPython fib server started", e);
        }
        if (line == null || !line.startsWith("port ")) {
            throw new IllegalStateException("The CPython fib server (" + mode + ", " + python + ") did not start: "
                    + (line == null ? "it ended" + exitStatus(process) : "it printed \"" + line + "\""));
        }
        return Integer.parseInt(line.substring("port ".length()).strip());
    }

    private static String exitStatus(Process process) {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? " with exit status " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public int port() {
        return port;
    }

    /** Closes the server's stdin, which ends it and its pool; kills what is left after a few seconds. */
    @Override
    public void close() {
        try {
            stop(process);
        } finally {
            script.close();
        }
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> pool = process.descendants().toList();
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            pool.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
