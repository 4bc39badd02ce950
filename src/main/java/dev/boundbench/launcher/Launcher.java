package dev.boundbench.launcher;

import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.engine.cpython.PythonInterpreter;
import dev.boundbench.engine.cpython.WorkerScriptFile;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The entry point of {@code run-benchmarks.sh}: checks the arguments, plans the matrix, estimates
 * its length from a timed task of each workload and size, stops when that is past the limit
 * (unless {@code --yes}), then measures it ({@link Measurement}). Exit codes: 0 done, 1 the run
 * failed, 2 bad input or over the limit, 130 or 143 interrupted (Ctrl-C, SIGTERM).
 */
public final class Launcher {

    private static final String BENCHMARK_LIST = "/META-INF/BenchmarkList";

    private final PrintStream out;
    private final PrintStream err;

    Launcher(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = new Launcher(System.out, System.err).run(Arrays.asList(args));
        System.out.flush();
        System.exit(status);
    }

    int run(List<String> args) {
        try {
            return runChecked(args);
        } catch (UsageException e) {
            err.println("run-benchmarks.sh: " + e.getMessage());
            return 2;
        } catch (RunFailedException e) {
            err.println("run-benchmarks.sh: " + e.getMessage());
            return 1;
        } catch (RunnerException | IOException | RuntimeException e) {
            err.println("run-benchmarks.sh: the run failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("run-benchmarks.sh: interrupted while timing the tasks");
            return 1;
        }
    }

    private int runChecked(List<String> args) throws IOException, RunnerException, InterruptedException {
        RunRequest request = ArgumentParser.parse(args);
        if (request.action() == RunRequest.Action.HELP) {
            out.print(HelpText.usage());
            return 0;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        WorkloadCatalog catalog = WorkloadCatalog.discover();
        CPythonOptions pythonOptions = request.python() == null ? CPythonOptions.fromSystemProperties()
                : CPythonOptions.fromSystemProperties().withPython(request.python());
        PythonCheck.OnFirstUse python = new PythonCheck.OnFirstUse(() -> PythonCheck.probe(pythonOptions));
        MatrixPlanner planner = new MatrixPlanner(catalog, cores, python);
        if (request.action() == RunRequest.Action.LIST) {
            out.print(HelpText.list(catalog, planner, cores));
            return 0;
        }
        requireBenchmarkList();
        boolean scaling = JmhSession.selectsScaling(request.regexes());
        boolean others = JmhSession.selectsOthers(request.regexes());
        if (!scaling && !others) {
            throw new UsageException("No benchmark matches " + String.join(", ", request.regexes())
                    + "; the benchmarks are listed by: java -jar target/benchmarks.jar -l");
        }
        CommandLineOptions jmhArguments = JmhSession.parseJmhArguments(request.jmhArguments());
        TaskTimer jvmTimer = new TaskTimer(TaskTimer.forkFlags(jmhArguments));
        ScalingPlan planned = scaling ? planScaling(request, catalog, planner, cores, python, jvmTimer)
                : ScalingPlan.NONE;
        List<String> notes = ShareSweepNote.lines(planned.plan().runs(), catalog, cores);
        RunEstimate estimate = scaling ? estimate(planned.plan(), request, jmhArguments, jvmTimer, catalog, planner,
                cores, () -> python.get().interpreter(), pythonOptions) : null;
        List<PairedGroup> groups = request.unpaired() ? List.of() : PairedGroup.of(planned.plan().runs(), cores, catalog);
        Consumer<PrintStream> printer = stream -> printPlan(planned.plan(), groups, planned.sweepLines(), notes,
                request, estimate, stream);
        if (request.action() == RunRequest.Action.DRY_RUN) {
            printer.accept(out);
            return 0;
        }
        if (estimate != null) {
            requireWithinLimit(estimate, request);
        }
        return new Measurement(request, planned.plan(), groups, estimate, jmhArguments, others, out)
                .run(args, catalog, printer, python);
    }

    /**
     * The scaling matrix's points, and the size sweep's lines when it is the sweep.
     *
     * @param plan the points to measure and those left out
     * @param sweepLines the sweep's heading and rungs for the plan, empty for the matrix
     */
    private record ScalingPlan(MatrixPlanner.Plan plan, List<String> sweepLines) {

        static final ScalingPlan NONE = new ScalingPlan(new MatrixPlanner.Plan(List.of(), List.of()), List.of());
    }

    /** @throws IllegalStateException when the class path holds no JMH benchmark list */
    private static void requireBenchmarkList() {
        if (Launcher.class.getResource(BENCHMARK_LIST) == null) {
            throw new IllegalStateException("No " + BENCHMARK_LIST + " on the class path: the JMH annotation"
                    + " processor did not run. Rebuild with: mvn -DskipTests package");
        }
    }

    /**
     * Plans the size sweep or the matrix.
     *
     * @throws UsageException when every point was left out, listing why
     */
    private static ScalingPlan planScaling(RunRequest request, WorkloadCatalog catalog, MatrixPlanner planner,
            int cores, Supplier<PythonCheck> python, TaskTimer jvmTimer) {
        ScalingPlan planned;
        if (request.sweep() == Sweep.SIZE) {
            SweepPlanner.SweepPlan sweep = new SweepPlanner(catalog, cores, CappedSweepTimer.of(jvmTimer), python)
                    .plan(request);
            planned = new ScalingPlan(sweep.plan(), sweep.lines());
        } else {
            planned = new ScalingPlan(planner.plan(request), List.of());
        }
        if (planned.plan().runs().isEmpty()) {
            throw new UsageException("Nothing to run: every point was left out ("
                    + String.join("; ", planned.plan().skipped()) + ")");
        }
        return planned;
    }

    /**
     * Times a task of each planned workload and size — in a JVM for the JVM's engines, by the Python
     * twin for the CPython engines — and estimates the run's length from them.
     *
     * @param jvmTimer times the JVM's tasks; those it timed for the plan are not timed again
     * @param interpreter the CPython engines' interpreter, asked for only when a CPython engine is planned
     */
    static RunEstimate estimate(MatrixPlanner.Plan plan, RunRequest request, CommandLineOptions jmhArguments,
                                TaskTimer jvmTimer, WorkloadCatalog catalog, MatrixPlanner planner, int cores,
                                Supplier<PythonInterpreter> interpreter, CPythonOptions pythonOptions)
            throws IOException, InterruptedException {
        List<PlannedRun> points = plan.points();
        TaskTimer.Timings timings = jvmTimer.time(RunEstimate.tasksToTime(RunEstimate.onTheJvm(points), catalog));
        TaskTimer.Timings pythonTimings = TaskTimer.Timings.NONE;
        boolean pythonGil = true;
        List<PlannedRun> onCPython = RunEstimate.onCPython(points);
        if (!onCPython.isEmpty()) {
            try (WorkerScriptFile script = new WorkerScriptFile(pythonOptions)) {
                pythonTimings = TaskTimer.python(interpreter.get(), script)
                        .time(RunEstimate.tasksToTime(onCPython, catalog));
            }
            pythonGil = interpreter.get().gilEnabled();
        }
        PointTime time = new PointTime(Iterations.of(request.profile(), jmhArguments), cores, timings.jvmStart(),
                pythonGil);
        return request.unpaired() ? RunEstimate.of(points, timings, pythonTimings, time, catalog, planner)
                : RunEstimate.ofGroups(points, timings, pythonTimings, time,
                        Iterations.ofGroups(request.profile(), jmhArguments), catalog, planner);
    }

    /**
     * @throws UsageException with the estimate's one line when it is over the limit and the user
     *         did not pass {@code --yes}
     */
    static void requireWithinLimit(RunEstimate estimate, RunRequest request) {
        if (estimate.overLimit() && !request.yes()) {
            throw new UsageException(estimate.refusal());
        }
    }

    /** @param groups the plan's paired groups, empty when its points run alone ({@code --unpaired}) */
    static void printPlan(MatrixPlanner.Plan plan, List<PairedGroup> groups, List<String> sweep, List<String> notes,
            RunRequest request, RunEstimate estimate, PrintStream stream) {
        int points = plan.runs().stream().mapToInt(r -> r.threads().size()).sum();
        String shape = request.unpaired() ? "one JMH run each, --unpaired"
                : "in " + groups.size() + (groups.size() == 1 ? " paired group" : " paired groups")
                        + ", one JMH run each, its points side by side in rounds";
        stream.printf("Plan: %d %s (%s), profile %s (%s)%n", points, points == 1 ? "point" : "points", shape,
                request.profile().id(), request.profile().describe());
        sweep.forEach(stream::println);
        plan.runs().forEach(run -> stream.println("  " + run));
        groups.forEach(group -> stream.println("  group " + group));
        notes.forEach(note -> stream.println("Note: " + note));
        if (!plan.skipped().isEmpty()) {
            stream.println("Left out:");
            plan.skipped().forEach(line -> stream.println("  " + line));
        }
        if (estimate != null) {
            stream.println(estimate.planLine());
            if (estimate.overLimit()) {
                stream.println(request.yes() ? "Over the limit: runs because of --yes."
                        : "Over the limit: the run stops here unless you add --yes.");
            }
        }
    }
}
