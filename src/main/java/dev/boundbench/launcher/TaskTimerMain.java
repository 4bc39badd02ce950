package dev.boundbench.launcher;

import dev.boundbench.workload.DiskFullException;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The child JVM of {@link TaskTimer}: runs each task given on its command line a few times, one
 * after another, and prints its median time, so that the launcher can end this process when a
 * task would run for hours. It exits when its stdin ends, which is when the launcher is gone.
 *
 * <p>Usage: {@code TaskTimerMain <budget ms> <runs> <workload> <size> [<workload> <size> ...]}.
 * Prints {@code ready}, then one line per task: {@code ok <median ns> <runs>} or
 * {@code error <message on one line>}. After a first run, a task runs at most {@code runs} more
 * times, and no new run starts once {@code budget ms} have passed on it.
 */
public final class TaskTimerMain {

    private TaskTimerMain() {
    }

    public static void main(String[] args) {
        exitWhenStdinEnds();
        long budgetNanos = Long.parseLong(args[0]) * 1_000_000L;
        int runs = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads()) {
            out.println(TaskTimer.READY);
            out.flush();
            for (int i = 2; i + 1 < args.length; i += 2) {
                out.println(time(runner, new Task(args[i], Integer.parseInt(args[i + 1])), budgetNanos, runs));
                out.flush();
            }
        }
    }

    /**
     * A first run makes what the task keeps (file-copy's source file) and loads its classes; when
     * it took less than the budget it is left out, and up to {@code maxRuns} more are timed.
     */
    static String time(WorkloadRunner runner, Task task, long budgetNanos, int maxRuns) {
        long[] runs = new long[maxRuns];
        int done = 0;
        try {
            long start = System.nanoTime();
            runner.run(task);
            long first = System.nanoTime() - start;
            if (first >= budgetNanos) {
                return TaskTimer.OK + first + " 1";
            }
            while (done < maxRuns && System.nanoTime() - start < budgetNanos) {
                long runStart = System.nanoTime();
                runner.run(task);
                runs[done++] = System.nanoTime() - runStart;
            }
        } catch (Exception | Error e) {
            String line = DiskFullException.lineIn(e);
            return TaskTimer.ERROR + (line != null ? line : e.toString()).replaceAll("\\s+", " ");
        }
        long[] sorted = Arrays.copyOf(runs, done);
        Arrays.sort(sorted);
        return TaskTimer.OK + sorted[done / 2] + " " + done;
    }

    /** Ends this JVM (its shutdown hooks delete the scratch files) once the launcher closes the pipe. */
    private static void exitWhenStdinEnds() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is sent: only the end matters.
                }
            } catch (IOException e) {
                // Treated as the end.
            }
            System.exit(4);
        }, "boundbench-timer-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }
}
