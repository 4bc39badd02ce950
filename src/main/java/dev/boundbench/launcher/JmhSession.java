package dev.boundbench.launcher;

import dev.boundbench.bench.GroupBenchmark;
import dev.boundbench.bench.GroupProfiler;
import dev.boundbench.bench.ScalingBenchmark;
import dev.boundbench.monitor.MachineLoadProfiler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH for each planned group (or, unpaired, each point) and keeps every result. After each JMH run the results so far
 * are written to {@code results.json}, so an interrupted run keeps what it measured.
 */
final class JmhSession {

    /** The scaling benchmark's full name, as JMH lists it. */
    static final String SCALING_BENCHMARK = ScalingBenchmark.class.getName() + ".batch";

    /** A JMH regex that selects the scaling benchmark and nothing else. */
    private static final String SCALING_REGEX = "^" + Pattern.quote(SCALING_BENCHMARK) + "$";

    /** The paired benchmark's full name, as JMH lists it. */
    static final String GROUP_BENCHMARK = GroupBenchmark.class.getName() + ".round";

    /** A JMH regex that selects the paired benchmark and nothing else. */
    private static final String GROUP_REGEX = "^" + Pattern.quote(GROUP_BENCHMARK) + "$";

    /** Seeds the rounds' order of this session's groups; recorded as each group's {@code seed} parameter. */
    private final long seed = new SplittableRandom().nextLong() >>> 1;

    private final CommandLineOptions passThrough;
    private final Profile profile;
    private final OutputFormat jmhOutput;
    private final Path resultsJson;
    private final List<RunResult> results = new ArrayList<>();
    private final List<String> forkJvmArgs = new ArrayList<>();

    /**
     * @param passThrough the user's arguments after {@code --}; they win over the profile
     * @param muted when JMH's output is to be dropped, see {@link JmhConsole}
     */
    JmhSession(CommandLineOptions passThrough, Profile profile, PrintStream out, Path resultsJson,
               BooleanSupplier muted) {
        this.passThrough = passThrough;
        this.profile = profile;
        this.jmhOutput = new JmhConsole(OutputFormatFactory.createFormatInstance(out,
                passThrough.verbosity().orElse(VerboseMode.NORMAL)), muted);
        this.resultsJson = resultsJson;
    }

    /**
     * Checks the user's arguments after {@code --} the way JMH's own command line does.
     *
     * @throws UsageException with JMH's message when it rejects them
     */
    static CommandLineOptions parseJmhArguments(List<String> jmhArguments) {
        try {
            return new CommandLineOptions(jmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH rejected the arguments after --: " + e.getMessage());
        }
    }

    /** Whether a user's regex selects the scaling benchmark (no regex selects it too). */
    static boolean selectsScaling(List<String> regexes) {
        return regexes.isEmpty() || regexes.stream().anyMatch(r -> Pattern.compile(r).matcher(SCALING_BENCHMARK).find());
    }

    /**
     * Whether the regexes select any benchmark besides the scaling one, asked of JMH's own list, so
     * that a regex matching both (e.g. {@code Benchmark}) runs both.
     */
    static boolean selectsOthers(List<String> regexes) {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        return !regexes.isEmpty()
                && !BenchmarkList.defaultList().find(silent, regexes, List.of(SCALING_REGEX, GROUP_REGEX)).isEmpty();
    }

    /** Adds {@code jvmArg} (e.g. {@code -Dboundbench.python=...}) to every fork, after the user's {@code -jvmArgsAppend}. */
    void forwardToForks(String jvmArg) {
        forkJvmArgs.add(jvmArg);
    }

    /** Measures one planned point of the matrix. */
    void runScaling(PlannedRun run) throws RunnerException, IOException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(passThrough)
                .include(SCALING_REGEX)
                .param("workload", run.workload())
                .param("engine", run.engine().name())
                .param("threads", run.threadParams())
                .param("tasks", String.valueOf(run.tasks()))
                .param("size", String.valueOf(run.size()));
        applyProfile(options, Iterations.of(profile, passThrough));
        execute(options);
    }

    /** Measures one paired group: every configuration side by side, in rounds, in each fork. */
    void runGroup(PairedGroup group) throws RunnerException, IOException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(passThrough)
                .include(GROUP_REGEX)
                .param("workload", group.workload())
                .param("tasks", String.valueOf(group.tasks()))
                .param("size", String.valueOf(group.size()))
                .param("configs", group.configsParam())
                .param("seed", String.valueOf(seed));
        applyProfile(options, Iterations.ofGroups(profile, passThrough).of(group.kind()));
        options.addProfiler(GroupProfiler.class);
        execute(options);
    }

    /** Runs the other benchmarks the regexes select, with their own annotations and the JMH arguments. */
    void runOthers(List<String> regexes) throws RunnerException, IOException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(passThrough)
                .exclude(SCALING_REGEX)
                .exclude(GROUP_REGEX);
        regexes.forEach(options::include);
        execute(options);
    }

    List<RunResult> results() {
        return List.copyOf(results);
    }

    private void applyProfile(ChainedOptionsBuilder options, Iterations iterations) {
        options.forks(iterations.forks())
                .warmupIterations(iterations.warmupIterations())
                .warmupTime(TimeValue.milliseconds(iterations.warmupMillis()))
                .measurementIterations(iterations.measurementIterations())
                .measurementTime(TimeValue.milliseconds(iterations.measurementMillis()));
        if (!passThrough.getTimeUnit().hasValue()) {
            options.timeUnit(TimeUnit.MILLISECONDS);
        }
    }

    /**
     * JMH's forks inherit this JVM's flags, the unsafe-access one of run-benchmarks.sh included.
     * Every run gets the machine-load profiler, unless the user already asked for it after --.
     */
    private void execute(ChainedOptionsBuilder options) throws RunnerException, IOException {
        options.shouldFailOnError(true);
        if (!forkJvmArgs.isEmpty()) {
            List<String> append = new ArrayList<>(passThrough.getJvmArgsAppend().orElse(List.of()));
            append.addAll(forkJvmArgs);
            options.jvmArgsAppend(append.toArray(String[]::new));
        }
        String machineLoad = MachineLoadProfiler.class.getName();
        if (passThrough.getProfilers().stream().noneMatch(profiler -> machineLoad.equals(profiler.getKlass()))) {
            options.addProfiler(MachineLoadProfiler.class);
        }
        Collection<RunResult> measured = new Runner(options.build(), jmhOutput).run();
        results.addAll(measured);
        writeResults();
    }

    private void writeResults() throws IOException {
        Path partial = resultsJson.resolveSibling(resultsJson.getFileName() + ".partial");
        try (PrintStream json = new PrintStream(Files.newOutputStream(partial), false, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
        }
        Files.move(partial, resultsJson, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
