package dev.boundbench.engine.process;

import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadRunner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The main class of a worker process. Reads requests from stdin and answers each on stdout, one task
 * at a time and in order, on the main thread; flushes when no request is waiting, so pipelined
 * requests are answered in one write. Exits when stdin ends, or within
 * {@value #PARENT_POLL_MILLIS} ms of its parent's death even in the middle of a task. Anything
 * else printed to {@code System.out} goes to stderr, so it cannot garble the protocol.
 *
 * <p>Usage: {@code WorkerMain <parent pid>}.
 */
public final class WorkerMain {

    static final int PARENT_POLL_MILLIS = 200;
    /** Exit status when a request could not be read. */
    static final int EXIT_GARBLED = 3;

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        watchParent(args.length > 0 ? Long.parseLong(args[0]) : -1);
        DataInputStream in = new DataInputStream(
                new BufferedInputStream(new FileInputStream(FileDescriptor.in), 64 * 1024));
        int status = 0;
        try (WorkloadRunner runner = new WorkloadRunner(WorkloadCatalog.discover())) {
            Frames.writeHandshake(out);
            out.flush();
            serve(in, out, runner);
        } catch (FrameException e) {
            System.err.println("boundbench worker: " + e.getMessage());
            status = EXIT_GARBLED;
        }
        System.exit(status);
    }

    private static void serve(DataInputStream in, DataOutputStream out, WorkloadRunner runner) throws IOException {
        Frames.Request request;
        while ((request = Frames.readRequest(in)) != null) {
            long start = System.nanoTime();
            try {
                long result = runner.run(request.task());
                Frames.writeResult(out, request.taskId(), System.nanoTime() - start, result);
            } catch (Throwable t) {
                Frames.writeError(out, request.taskId(), System.nanoTime() - start, describe(t));
            }
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    /** The throwable and its causes, one {@code toString()} each. */
    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString());
        for (Throwable cause = t.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }

    /** Exits the worker when its parent is gone, even while a task runs. */
    private static void watchParent(long parentPid) {
        if (parentPid <= 0) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (true) {
                long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
                if (parent != parentPid) {
                    System.err.println("boundbench worker: parent " + parentPid + " is gone; exiting");
                    Runtime.getRuntime().exit(4);
                }
                try {
                    Thread.sleep(PARENT_POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "boundbench-process-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
