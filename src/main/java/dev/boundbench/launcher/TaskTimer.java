package dev.boundbench.launcher;

import dev.boundbench.engine.process.ChildJvm;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Times one task of each planned workload and size before the run, outside JMH, in a child JVM
 * ({@link TaskTimerMain}) started with the flags JMH gives its forks, so that it sees the same
 * {@code java.io.tmpdir} and options. After a first run, which makes what the task keeps and is
 * left out, each task runs up to {@value #RUNS} times, one after another, until {@link #BUDGET} has
 * passed on it, and its median counts (a first run longer than the budget counts alone). A task still running after
 * {@link #CAP} is stopped by ending the child, and counts as at least that long: fib of size 50,
 * minutes a task, costs a second here rather than the hours its run would take.
 */
final class TaskTimer {

    /** A task that runs longer is stopped; its time is then "over" this. */
    static final Duration CAP = Duration.ofSeconds(1);
    /** No new run of a task starts after this much time on it. */
    static final Duration BUDGET = Duration.ofMillis(100);
    static final int RUNS = 5;

    static final String READY = "ready";
    static final String OK = "ok ";
    static final String ERROR = "error ";

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final String END = "\u0000end";

    private final List<String> jvmFlags;

    /** @param jvmFlags the child's JVM flags, see {@link #forkFlags} */
    TaskTimer(List<String> jvmFlags) {
        this.jvmFlags = List.copyOf(jvmFlags);
    }

    /**
     * The flags JMH starts its forks with: {@code -jvmArgs} when given, else {@code -jvmArgsPrepend},
     * this JVM's own flags and {@code -jvmArgsAppend}.
     */
    static List<String> forkFlags(CommandLineOptions jmh) {
        if (jmh.getJvmArgs().hasValue()) {
            return List.copyOf(jmh.getJvmArgs().get());
        }
        List<String> flags = new ArrayList<>(jmh.getJvmArgsPrepend().orElse(List.of()));
        flags.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        flags.addAll(jmh.getJvmArgsAppend().orElse(List.of()));
        return flags;
    }

    /**
     * Times {@code tasks}, in order.
     *
     * @throws RunFailedException when a task fails, naming it and its error in one line
     */
    Timings time(List<Task> tasks) throws IOException, InterruptedException {
        Map<Task, TaskTiming> timings = new LinkedHashMap<>();
        long jvmStartNanos = -1;
        List<Task> left = tasks.stream().distinct().toList();
        while (!left.isEmpty()) {
            try (Child child = new Child(left)) {
                long started = child.awaitReady();
                jvmStartNanos = jvmStartNanos < 0 ? started : Math.min(jvmStartNanos, started);
                for (Task task : left) {
                    String line = child.next(CAP.plus(BUDGET));
                    timings.put(task, parse(task, line, child));
                    if (line == null) {
                        break;
                    }
                }
            }
            left = left.stream().filter(task -> !timings.containsKey(task)).toList();
        }
        return new Timings(timings, Duration.ofNanos(Math.max(jvmStartNanos, 0)));
    }

    private static TaskTiming parse(Task task, String line, Child child) {
        if (line == null) {
            return new TaskTiming(task, CAP.toNanos(), 0, true);
        }
        if (line.startsWith(OK)) {
            String[] words = line.substring(OK.length()).split(" ");
            return new TaskTiming(task, Long.parseLong(words[0]), Integer.parseInt(words[1]), false);
        }
        if (line.startsWith(ERROR)) {
            throw new RunFailedException(task.workload() + " (size " + task.size() + ") failed when timed before the"
                    + " run: " + line.substring(ERROR.length()));
        }
        throw new RunFailedException("The JVM timing " + task + " before the run ended: " + child.output());
    }

    /**
     * What was timed.
     *
     * @param tasks each task's timing
     * @param jvmStart how long the timing JVM took from its start to its first task
     */
    record Timings(Map<Task, TaskTiming> tasks, Duration jvmStart) {
        Timings {
            tasks = Map.copyOf(tasks);
        }

        TaskTiming of(Task task) {
            TaskTiming timing = tasks.get(task);
            if (timing == null) {
                throw new IllegalArgumentException(task + " was not timed; timed: " + tasks.keySet());
            }
            return timing;
        }
    }

    /** One timing JVM and the lines it printed. */
    private final class Child implements AutoCloseable {

        private final long startNanos = System.nanoTime();
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> other = new ArrayList<>();

        Child(List<Task> tasks) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(ChildJvm.javaBinary().toString());
            command.addAll(jvmFlags);
            command.add("-D" + WorkloadCatalog.CLASSES_PROPERTY + "=" + WorkloadCatalog.discover().declaringClasses());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), TaskTimerMain.class.getName(),
                    Long.toString(BUDGET.toMillis()), Integer.toString(RUNS)));
            tasks.forEach(task -> command.addAll(List.of(task.workload(), Integer.toString(task.size()))));
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
            if (!READY.equals(line)) {
                throw new RunFailedException("The JVM timing the tasks before the run did not start: " + output());
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
                if (line.equals(READY) || line.startsWith(OK) || line.startsWith(ERROR)) {
                    return line;
                }
                other.add(line);
            }
        }

        String output() {
            String status = process.isAlive() ? "still running" : "exit status " + process.exitValue();
            return other.isEmpty() ? "no output (" + status + ")" : String.join(" | ", other) + " (" + status + ")";
        }

        /** Ends the child: SIGTERM first, so that its shutdown hooks delete its scratch files. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
