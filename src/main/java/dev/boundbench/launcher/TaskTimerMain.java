package dev.boundbench.launcher;

import dev.boundbench.workload.DiskFullException;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The child JVM of {@link TaskTimer}: runs each task given on its command line a few times, one
 * after another, and prints its median time, so that the launcher can end this process when a
 * task would run for hours. It exits when its stdin ends, which is when the launcher is gone.
 *
 * <p>Usage: {@code TaskTimerMain <workload> <size> [<workload> <size> ...]}. Prints {@code ready},
 * then per task {@code first <ns>} once its first run ends, and {@code ok <median ns> <runs>} or
 * {@code error <message on one line>}.
 */
public final class TaskTimerMain {

    private TaskTimerMain() {
    }

    public static void main(String[] args) {
        exitWhenStdinEnds();
        PrintStream out = System.out;
        try (WorkloadRunner runner = WorkloadRunner.withDiscoveredWorkloads()) {
            out.println(TaskTimer.READY);
            out.flush();
            for (int i = 0; i + 1 < args.length; i += 2) {
                out.println(time(runner, new Task(args[i], Integer.parseInt(args[i + 1])), out));
                out.flush();
            }
        }
    }

    /**
     * A first run makes what the task keeps (file-copy's source file, download's server and client)
     * and loads its classes: its time is printed as {@code first <ns>} (so that the launcher waits
     * up to {@link TaskTimer#CAP} again) and left out. Then up to {@link TaskTimer#RUNS} runs, none
     * started after {@link TaskTimer#BUDGET}; the median counts. A first run of
     * {@link TaskTimer#LONE_RUN} or more is repeated once, and the repeat counts alone: download's
     * first run is 0.5 s of start-up for a 20 ms task.
     *
     * @return the task's last line, {@code ok <ns> <runs>} or {@code error <message>}
     */
    static String time(TaskRunner runner, Task task, PrintStream out) {
        long[] runs = new long[TaskTimer.RUNS];
        int done = 0;
        try {
            long first = System.nanoTime();
            runner.run(task);
            long start = System.nanoTime();
            out.println(TaskTimer.FIRST + (start - first));
            out.flush();
            if (start - first >= TaskTimer.LONE_RUN.toNanos()) {
                runner.run(task);
                return TaskTimer.OK + (System.nanoTime() - start) + " 1";
            }
            do {
                long runStart = System.nanoTime();
                runner.run(task);
                runs[done++] = System.nanoTime() - runStart;
            } while (done < runs.length && System.nanoTime() - start < TaskTimer.BUDGET.toNanos());
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
