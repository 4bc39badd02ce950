package dev.boundbench.launcher;

import dev.boundbench.engine.cpython.PythonInterpreter;
import dev.boundbench.engine.cpython.WorkerScriptFile;
import dev.boundbench.engine.process.ChildJvm;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Times one task of each planned workload and size before the run, outside JMH, in a child JVM
 * ({@link TaskTimerMain}) started with the flags JMH gives its forks, so that it sees the same
 * {@code java.io.tmpdir} and options. A first run, which makes what the task keeps and loads its
 * classes, is left out; then each task runs up to {@value #RUNS} times, one after another, none
 * started after {@link #BUDGET}, and its median counts. A first run of {@link #LONE_RUN} or more
 * is repeated once, and the repeat counts alone. A task still running after {@link #CAP} is stopped by ending the child
 * ({@link TimingChild}), and counts as at least that long: fib of size 50, a minute a task, costs a
 * second here rather than the hours its run would take. The CPython engines' points are timed the
 * same way by the worker script's {@code time} mode, on the Python twins ({@link #python}).
 */
final class TaskTimer {

    /**
     * A task with no time after this is stopped, and its time is "over" this: its first run, and
     * again the runs after it (a first run under {@link #LONE_RUN} and the timed runs after it end
     * well before).
     */
    static final Duration CAP = Duration.ofSeconds(1);
    /** No new timed run of a task starts after this much time on them. */
    static final Duration BUDGET = Duration.ofMillis(100);
    /** A first run this long is repeated once at most, and the repeat counts alone. */
    static final Duration LONE_RUN = Duration.ofMillis(250);
    static final int RUNS = 5;

    static final String READY = "ready";
    static final String OK = "ok ";
    /** The line a child prints when a task's first run ends: the wait for its last line starts again. */
    static final String FIRST = "first ";
    static final String ERROR = "error ";

    private final Function<List<Task>, List<String>> command;
    private final String childName;
    private final String where;
    /** Every task timed so far, so that the plan and the estimate time a task once between them. */
    private final Map<Task, TaskTiming> timed = new LinkedHashMap<>();
    private long jvmStartNanos = -1;

    /** @param jvmFlags the child's JVM flags, see {@link #forkFlags} */
    TaskTimer(List<String> jvmFlags) {
        this(tasks -> jvmCommand(List.copyOf(jvmFlags), tasks), "The JVM", "");
    }

    /**
     * @param command the command line of a child that times the given tasks
     * @param childName what the child is, for messages
     * @param where where a failing task ran, after "failed when timed before the run", or ""
     */
    private TaskTimer(Function<List<Task>, List<String>> command, String childName, String where) {
        this.command = command;
        this.childName = childName;
        this.where = where;
    }

    /** A timer of the Python twins, run by {@code interpreter} through {@code script}. */
    static TaskTimer python(PythonInterpreter interpreter, WorkerScriptFile script) {
        String name = "CPython (" + interpreter.command() + ")";
        return new TaskTimer(tasks -> script.timingCommand(interpreter, tasks), name, " in " + name);
    }

    /** The command line of a {@link TaskTimerMain} JVM with {@code jvmFlags} that times {@code tasks}. */
    private static List<String> jvmCommand(List<String> jvmFlags, List<Task> tasks) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaBinary().toString());
        command.addAll(jvmFlags);
        command.add("-D" + WorkloadCatalog.CLASSES_PROPERTY + "=" + WorkloadCatalog.discover().declaringClasses());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TaskTimerMain.class.getName()));
        tasks.forEach(task -> command.addAll(List.of(task.workload(), Integer.toString(task.size()))));
        return command;
    }

    /**
     * The flags JMH starts its forks with: {@code -jvmArgsPrepend}, then {@code -jvmArgs} when given
     * or else this JVM's own flags, then {@code -jvmArgsAppend} (as JMH's {@code Runner} joins them).
     */
    static List<String> forkFlags(CommandLineOptions jmh) {
        List<String> flags = new ArrayList<>(jmh.getJvmArgsPrepend().orElse(List.of()));
        flags.addAll(jmh.getJvmArgs().orElse(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        flags.addAll(jmh.getJvmArgsAppend().orElse(List.of()));
        return flags;
    }

    /**
     * Times {@code tasks}, in order; a task this timer timed before keeps its timing and is not run
     * again.
     *
     * @throws RunFailedException when a task fails, naming it and its error in one line
     */
    Timings time(List<Task> tasks) throws IOException, InterruptedException {
        List<Task> wanted = tasks.stream().distinct().toList();
        List<Task> left = wanted.stream().filter(task -> !timed.containsKey(task)).toList();
        while (!left.isEmpty()) {
            try (TimingChild child = new TimingChild(command.apply(left), childName)) {
                long started = child.awaitReady();
                jvmStartNanos = jvmStartNanos < 0 ? started : Math.min(jvmStartNanos, started);
                for (Task task : left) {
                    String line = child.next(CAP);
                    long first = -1;
                    if (line != null && line.startsWith(FIRST)) {
                        first = Long.parseLong(line.substring(FIRST.length()).strip());
                        line = child.next(CAP);
                    }
                    timed.put(task, withFirst(parse(task, line, child), first));
                    if (line == null) {
                        break;
                    }
                }
            }
            left = left.stream().filter(task -> !timed.containsKey(task)).toList();
        }
        Map<Task, TaskTiming> these = new LinkedHashMap<>();
        wanted.forEach(task -> these.put(task, timed.get(task)));
        return new Timings(these, Duration.ofNanos(Math.max(jvmStartNanos, 0)));
    }

    /** {@code timing} with its first run's time, when the child printed one. */
    private static TaskTiming withFirst(TaskTiming timing, long firstNanos) {
        return firstNanos < 0 ? timing
                : new TaskTiming(timing.task(), timing.nanos(), timing.runs(), timing.stopped(), firstNanos);
    }

    private TaskTiming parse(Task task, String line, TimingChild child) {
        if (line == null) {
            return new TaskTiming(task, CAP.toNanos(), 0, true);
        }
        if (line.startsWith(OK)) {
            String[] words = line.substring(OK.length()).split(" ");
            return new TaskTiming(task, Long.parseLong(words[0]), Integer.parseInt(words[1]), false);
        }
        if (line.startsWith(ERROR)) {
            throw new RunFailedException(task.workload() + " (size " + task.size() + ") failed when timed before the"
                    + " run" + where + ": " + line.substring(ERROR.length()));
        }
        throw new RunFailedException(childName + " timing " + task + " before the run ended: " + child.output());
    }

    /**
     * What was timed.
     *
     * @param tasks each task's timing
     * @param jvmStart how long the timing JVM took from its start to its first task
     */
    record Timings(Map<Task, TaskTiming> tasks, Duration jvmStart) {
        /** Nothing timed: the timings of a run with no point on that runtime. */
        static final Timings NONE = new Timings(Map.of(), Duration.ZERO);

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
}
