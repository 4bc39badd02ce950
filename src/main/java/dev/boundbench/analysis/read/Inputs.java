package dev.boundbench.analysis.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a user names (results folders or JSON files) into results, an environment and the
 * machines they ran on. A folder is read through its {@code results.json}, or every other
 * {@code *.json} in it when that is absent; the environment comes from {@code environment.json}
 * beside the results, and with it the machine (see {@link Machines}).
 */
public final class Inputs {

    /** The file name the suite gives its JMH results. */
    public static final String RESULTS_FILE = "results.json";

    private Inputs() {
    }

    /**
     * Everything in {@code paths}, in order; never throws for bad data. Each result is labelled
     * with its machine when the paths hold several.
     */
    public static Input load(List<Path> paths) {
        List<String> warnings = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        Environment environment = Environment.EMPTY;
        for (Path path : paths) {
            List<BenchmarkResult> results = new ArrayList<>();
            List<PairedGroup> groups = new ArrayList<>();
            for (Path file : filesOf(path, warnings)) {
                Loaded loaded = ResultsReader.read(file);
                results.addAll(loaded.results());
                groups.addAll(loaded.groups());
                warnings.addAll(loaded.warnings());
            }
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            Environment env = folder == null ? Environment.EMPTY
                    : EnvironmentReader.read(folder.resolve(EnvironmentReader.FILE_NAME), warnings);
            environment = environment.merge(env);
            runs.add(new Run(displayName(path), results, groups, env, Machines.factsOf(env, results)));
        }
        List<Machine> machines = machinesOf(runs);
        Map<Map<String, String>, String> labels = new LinkedHashMap<>();
        machines.forEach(m -> labels.put(m.facts(), m.label()));
        List<BenchmarkResult> results = new ArrayList<>();
        List<PairedGroup> groups = new ArrayList<>();
        for (Run run : runs) {
            String label = labels.getOrDefault(run.facts(), "");
            run.results().forEach(r -> results.add(label.isEmpty() ? r : r.onMachine(label)));
            run.groups().forEach(g -> groups.add(label.isEmpty() ? g : g.onMachine(label)));
        }
        return new Input(new Loaded(results, warnings, groups), environment, machines);
    }

    /** The machines of the runs that hold results: runs with equal facts are one machine. */
    private static List<Machine> machinesOf(List<Run> runs) {
        Map<Map<String, String>, List<Run>> byFacts = new LinkedHashMap<>();
        runs.stream().filter(r -> !r.results().isEmpty())
                .forEach(r -> byFacts.computeIfAbsent(r.facts(), f -> new ArrayList<>()).add(r));
        List<Machines.Runs> machines = new ArrayList<>();
        byFacts.forEach((facts, same) -> machines.add(new Machines.Runs(facts,
                same.stream().map(Run::environment).reduce(Environment.EMPTY, Environment::merge),
                same.stream().map(Run::name).toList())));
        return Machines.name(machines);
    }

    /** The file or folder name of an input, without the folders above it. */
    public static String displayName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static List<Path> filesOf(Path path, List<String> warnings) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        Path results = path.resolve(RESULTS_FILE);
        if (Files.isRegularFile(results)) {
            return List.of(results);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path, "*.json")) {
            for (Path file : stream) {
                if (!file.getFileName().toString().equals(EnvironmentReader.FILE_NAME)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            warnings.add(path + ": folder cannot be read (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            warnings.add(path + ": no " + RESULTS_FILE + " (nor any other JSON file) in this folder");
        }
        files.sort(null);
        return files;
    }

    /** One input as read: its name, results, groups, environment and machine facts. */
    private record Run(String name, List<BenchmarkResult> results, List<PairedGroup> groups, Environment environment,
            Map<String, String> facts) {
    }

    /**
     * The results, environment and machines of some inputs.
     *
     * @param loaded the benchmarks and the warnings met while reading
     * @param environment the merged environment (the first input's entries win)
     * @param machines the machines the benchmarks ran on, in order of first appearance; none when
     *     no benchmark was read
     */
    public record Input(Loaded loaded, Environment environment, List<Machine> machines) {

        /** Freezes the list. */
        public Input {
            machines = List.copyOf(machines);
        }
    }
}
