package dev.boundbench.launcher;

import dev.boundbench.analysis.Report;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.monitor.CpuSpeed;
import dev.boundbench.monitor.PreflightSampler;
import dev.boundbench.workload.DiskFullException;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The measuring part of a run: a new results folder, the machine's pre-flight check, one JMH run per
 * point with the progress line, and the report. A run that is interrupted (Ctrl-C, SIGTERM) or
 * whose point fails still gets a report of the points measured so far, marked partial.
 */
final class Measurement {

    private final RunRequest request;
    private final MatrixPlanner.Plan plan;
    private final List<PairedGroup> groups;
    private final RunEstimate estimate;
    private final CommandLineOptions jmhArguments;
    private final boolean others;
    private final PrintStream out;
    private final List<PlannedRun> points;
    private volatile int done;

    /**
     * @param groups the plan's paired groups, each one JMH run; empty when each point runs alone
     * @param estimate the estimate of the plan's points, null when only other benchmarks run
     * @param others whether benchmarks besides the scaling matrix run after it
     */
    Measurement(RunRequest request, MatrixPlanner.Plan plan, List<PairedGroup> groups, RunEstimate estimate,
                CommandLineOptions jmhArguments, boolean others, PrintStream out) {
        this.request = request;
        this.plan = plan;
        this.groups = List.copyOf(groups);
        this.estimate = estimate;
        this.jmhArguments = jmhArguments;
        this.others = others;
        this.out = out;
        this.points = plan.points();
    }

    /**
     * @param printPlan prints the plan into the run's log
     * @param python the interpreter's check, recorded in environment.json when the planner made it
     * @return the exit status, 0
     * @throws RunFailedException when a point fails, in one line, after its partial report
     */
    int run(List<String> args, WorkloadCatalog catalog, Consumer<PrintStream> printPlan, PythonCheck.OnFirstUse python)
            throws IOException, RunnerException {
        ResultsFolder folder = ResultsFolder.create(request.resultsRoot(), LocalDateTime.now());
        try (OutputStream log = Files.newOutputStream(folder.consoleLog());
             PrintStream console = new PrintStream(new TeeOutputStream(out, log), true, StandardCharsets.UTF_8)) {
            StopHook stop = new StopHook(() -> partial(folder, console, "interrupted by Ctrl-C or SIGTERM after "
                    + done + " of " + points.size() + " points"));
            JmhSession session = new JmhSession(jmhArguments, request.profile(), console, folder.resultsJson(),
                    stop::stopping);
            if (request.python() != null) {
                session.forwardToForks("-D" + CPythonOptions.PYTHON_PROPERTY + "=" + request.python());
            }
            long start;
            try {
                Preflight preflight = Preflight.run();
                CpuSpeed speed = preflight.speed();
                EnvironmentRecorder.write(folder.environmentJson(), request, args, catalog, speed, python.ifDone());
                console.println("Results folder: " + folder.path());
                printPlan.accept(console);
                if (!preflight.machineLoad().isEmpty()) {
                    console.println(preflight.machineLoad());
                }
                console.println("CPU speed: " + speed.describe() + "; compare it between runs"
                        + " (environment.json, cpuSpeed): a slower figure is a slower machine.");
                start = System.nanoTime();
                measure(session, stop, folder, console);
            } finally {
                stop.disarm();
            }
            console.printf("%nDone in %s. Scores (time per operation: lower is faster; ops per time: higher):%n",
                    Durations.clock(Duration.ofNanos(System.nanoTime() - start)));
            console.print(SummaryTable.render(session.results()));
            RunAnalysis analysis = Report.write(List.of(folder.path()), folder.path(), Scale.DEFAULT);
            analysis.warnings().forEach(warning -> console.println("report: " + warning));
            console.println(analysis.disturbance().line());
            console.println(analysis.stability().line());
            console.println(analysis.precision().line() + ".");
            console.println("Report: " + folder.path().resolve(Report.REPORT_FILE));
            console.println("Results: " + folder.path());
        }
        return 0;
    }

    /**
     * What the launcher learns about the machine before the first fork: whether something else is
     * using it (a one-second sample) and how fast one core is (timed during that second; the
     * sampler leaves this JVM's own CPU out).
     *
     * @param machineLoad one line naming what is busy, or empty when the machine is quiet
     * @param speed the speed of one core
     */
    private record Preflight(String machineLoad, CpuSpeed speed) {

        static Preflight run() {
            CompletableFuture<CpuSpeed> speed = CompletableFuture.supplyAsync(CpuSpeed::measure);
            String load = new PreflightSampler().check(Duration.ofSeconds(1));
            return new Preflight(load, speed.join());
        }
    }

    private void measure(JmhSession session, StopHook stop, ResultsFolder folder, PrintStream console)
            throws IOException, RunnerException {
        Progress progress = new Progress(estimate, System.nanoTime());
        List<JmhRun> runs = groups.isEmpty() ? points.stream().map(JmhRun::alone).toList()
                : groups.stream().map(JmhRun::group).toList();
        for (int i = 0; i < runs.size(); i++) {
            stop.parkIfStopping();
            JmhRun run = runs.get(i);
            console.printf("%n=== [%d/%d] %s; %s%n", i + 1, runs.size(), run.heading(),
                    progress.line(System.nanoTime()));
            try {
                run.step().measure(session);
            } catch (RunnerException | IOException | RuntimeException e) {
                stop.parkIfStopping();
                String diskFull = DiskFullException.lineIn(e);
                partial(folder, console, "the run failed at " + run.unit() + " " + (i + 1) + " of " + runs.size());
                throw new RunFailedException(diskFull != null ? run.label() + " stopped: " + diskFull
                        : "the run failed at " + run.label() + ": " + innermost(e));
            }
            done += run.points().size();
            run.points().forEach(p -> progress.pointDone(points.indexOf(p)));
        }
        if (others) {
            console.printf("%n=== other benchmarks matching %s%n", request.regexes());
            session.runOthers(request.regexes());
        }
    }

    /**
     * One JMH run of the loop: a paired group, or with {@code --unpaired} a single point.
     *
     * @param heading its progress line's text
     * @param label its name in a failure's line
     * @param unit "group" or "point", for the partial report
     * @param points the points it measures
     * @param step what runs it
     */
    private record JmhRun(String heading, String label, String unit, List<PlannedRun> points, Step step) {

        static JmhRun group(PairedGroup group) {
            return new JmhRun(group.toString(), group.label(), "group", group.points(), s -> s.runGroup(group));
        }

        static JmhRun alone(PlannedRun point) {
            return new JmhRun(point.toString(), point.toString(), "point", List.of(point), s -> s.runScaling(point));
        }
    }

    /** Measures one {@link JmhRun} in the session. */
    private interface Step {
        void measure(JmhSession session) throws RunnerException, IOException;
    }

    /** JMH wraps the benchmark's exception as a suppressed one, itself often with causes: the deepest says why. */
    private static String innermost(Throwable failure) {
        Throwable deepest = failure;
        while (true) {
            Throwable next = deepest.getCause() != null ? deepest.getCause()
                    : deepest.getSuppressed().length > 0 ? deepest.getSuppressed()[0] : null;
            if (next == null || next == deepest) {
                return deepest.toString();
            }
            deepest = next;
        }
    }

    private static void partial(ResultsFolder folder, PrintStream console, String why) {
        try {
            Optional<Path> report = PartialReport.write(folder, why);
            console.println();
            console.println(report.map(path -> "Partial report, " + why + ": " + path)
                    .orElse("No report: " + why + ", before any point was measured."));
            console.println("Results: " + folder.path());
        } catch (IOException | RuntimeException e) {
            console.println("The partial report could not be written: " + e);
        }
    }
}
