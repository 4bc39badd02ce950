package dev.boundbench.analysis.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user names (results folders or JSON files) into results and an environment. A
 * folder is read through its {@code results.json}, or every other {@code *.json} in it when that
 * is absent; the environment comes from {@code environment.json} beside the results.
 */
public final class Inputs {

    /** The file name the suite gives its JMH results. */
    public static final String RESULTS_FILE = "results.json";

    private Inputs() {
    }

    /** Everything in {@code paths}, merged in order; never throws for bad data. */
    public static Input load(List<Path> paths) {
        List<BenchmarkResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Environment environment = Environment.EMPTY;
        for (Path path : paths) {
            List<Path> files = filesOf(path, warnings);
            for (Path file : files) {
                Loaded loaded = ResultsReader.read(file);
                results.addAll(loaded.results());
                warnings.addAll(loaded.warnings());
            }
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            if (folder != null) {
                environment = environment.merge(EnvironmentReader.read(folder.resolve(EnvironmentReader.FILE_NAME),
                        warnings));
            }
        }
        return new Input(new Loaded(results, warnings), environment);
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

    /**
     * The results and environment of some inputs.
     *
     * @param loaded the benchmarks and the warnings met while reading
     * @param environment the merged environment (the first input's entries win)
     */
    public record Input(Loaded loaded, Environment environment) {
    }
}
