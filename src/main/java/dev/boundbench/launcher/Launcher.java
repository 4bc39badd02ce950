package dev.boundbench.launcher;

import dev.boundbench.analysis.Report;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.RunAnalysis;
import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The entry point of {@code run-benchmarks.sh}: checks the arguments, plans the matrix, runs it
 * with JMH and leaves a new results folder. Exit codes: 0 done, 1 the run failed, 2 bad input.
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
        } catch (RunnerException | IOException | RuntimeException e) {
            err.println("run-benchmarks.sh: the run failed: " + e);
            return 1;
        }
    }

    private int runChecked(List<String> args) throws IOException, RunnerException {
        RunRequest request = ArgumentParser.parse(args);
        if (request.action() == RunRequest.Action.HELP) {
            out.print(HelpText.usage());
            return 0;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        WorkloadCatalog catalog = WorkloadCatalog.discover();
        CPythonOptions pythonOptions = request.python() == null ? CPythonOptions.fromSystemProperties()
                : CPythonOptions.fromSystemProperties().withPython(request.python());
        Once<PythonCheck> python = new Once<>(() -> PythonCheck.probe(pythonOptions));
        MatrixPlanner planner = new MatrixPlanner(catalog, cores, python);
        if (request.action() == RunRequest.Action.LIST) {
            out.print(HelpText.list(catalog, planner, cores));
            return 0;
        }
        if (Launcher.class.getResource(BENCHMARK_LIST) == null) {
            throw new IllegalStateException("No " + BENCHMARK_LIST + " on the class path: the JMH annotation"
                    + " processor did not run. Rebuild with: mvn -DskipTests package");
        }
        boolean scaling = JmhSession.selectsScaling(request.regexes());
        boolean others = JmhSession.selectsOthers(request.regexes());
        if (!scaling && !others) {
            throw new UsageException("No benchmark matches " + String.join(", ", request.regexes())
                    + "; the benchmarks are listed by: java -jar target/benchmarks.jar -l");
        }
        List<String> sweepLines = List.of();
        MatrixPlanner.Plan plan = new MatrixPlanner.Plan(List.of(), List.of());
        if (scaling && request.sweep() == Sweep.SIZE) {
            SweepPlanner.SweepPlan sweep = new SweepPlanner(catalog, cores, TaskTimer.warm()).plan(request);
            plan = sweep.plan();
            sweepLines = sweep.lines();
        } else if (scaling) {
            plan = planner.plan(request);
        }
        if (scaling && plan.runs().isEmpty()) {
            throw new UsageException("Nothing to run: every point was left out (" + String.join("; ", plan.skipped())
                    + ")");
        }
        CommandLineOptions jmhArguments = JmhSession.parseJmhArguments(request.jmhArguments());
        List<String> notes = ShareSweepNote.lines(plan.runs(), catalog, cores);
        if (request.action() == RunRequest.Action.DRY_RUN) {
            printPlan(plan, sweepLines, notes, request, out);
            return 0;
        }
        ResultsFolder folder = ResultsFolder.create(request.resultsRoot(), LocalDateTime.now());
        try (OutputStream log = Files.newOutputStream(folder.consoleLog());
             PrintStream console = new PrintStream(new TeeOutputStream(out, log), true, StandardCharsets.UTF_8)) {
            JmhSession session = new JmhSession(jmhArguments, request.profile(), console,
                    folder.resultsJson());
            if (request.python() != null) {
                session.forwardToForks("-D" + CPythonOptions.PYTHON_PROPERTY + "=" + request.python());
            }
            Preflight preflight = Preflight.run();
            EnvironmentRecorder.write(folder.environmentJson(), request, args, catalog, preflight.speed(),
                    python.ifDone());
            console.println("Results folder: " + folder.path());
            printPlan(plan, sweepLines, notes, request, console);
            if (!preflight.machineLoad().isEmpty()) {
                console.println(preflight.machineLoad());
            }
            console.println("CPU speed: " + preflight.speed().describe()
                    + "; compare it between runs (environment.json, cpuSpeed): a slower figure is a slower machine.");
            long start = System.nanoTime();
            int points = plan.runs().stream().mapToInt(r -> r.threads().size()).sum();
            int pointsDone = 0;
            for (int i = 0; i < plan.runs().size(); i++) {
                PlannedRun run = plan.runs().get(i);
                console.printf("%n=== [%d/%d] %s; %s elapsed%s%n", i + 1, plan.runs().size(), run, elapsed(start),
                        remaining(start, pointsDone, points));
                session.runScaling(run);
                pointsDone += run.threads().size();
            }
            if (others) {
                console.printf("%n=== other benchmarks matching %s%n", request.regexes());
                session.runOthers(request.regexes());
            }
            console.printf("%nDone in %s. Scores (time per operation: lower is faster; ops per time: higher):%n",
                    elapsed(start));
            console.print(SummaryTable.render(session.results()));
            RunAnalysis analysis = Report.write(List.of(folder.path()), folder.path(), Scale.DEFAULT);
            analysis.warnings().forEach(warning -> console.println("report: " + warning));
            console.println(analysis.disturbance().line());
            console.println(analysis.stability().line());
            console.println("Report: " + folder.path().resolve(Report.REPORT_FILE));
            console.println("Results: " + folder.path());
        }
        return 0;
    }

    private static void printPlan(MatrixPlanner.Plan plan, List<String> sweep, List<String> notes, RunRequest request,
            PrintStream stream) {
        int points = plan.runs().stream().mapToInt(r -> r.threads().size()).sum();
        stream.printf("Plan: %d JMH runs, %d points, profile %s (%s)%n", plan.runs().size(), points,
                request.profile().id(), request.profile().describe());
        sweep.forEach(stream::println);
        plan.runs().forEach(run -> stream.println("  " + run));
        notes.forEach(note -> stream.println("Note: " + note));
        if (!plan.skipped().isEmpty()) {
            stream.printf("Left out (%d points):%n", plan.skipped().size());
            plan.skipped().forEach(line -> stream.println("  " + line));
        }
    }

    private static String elapsed(long startNanos) {
        return minutesSeconds(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** A rough time left, from the average time per point so far. */
    private static String remaining(long startNanos, int pointsDone, int points) {
        if (pointsDone == 0) {
            return "";
        }
        long perPoint = (System.nanoTime() - startNanos) / pointsDone;
        return ", about " + minutesSeconds(Duration.ofNanos(perPoint * (points - pointsDone))) + " left";
    }

    private static String minutesSeconds(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
