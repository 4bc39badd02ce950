package dev.boundbench.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A new folder {@code <root>/<timestamp>} for one run. It is created atomically and never reused:
 * two runs in the same second get {@code -2}, {@code -3} … so nothing is ever overwritten.
 */
public final class ResultsFolder {

    /** The name of a run's JMH results file. */
    static final String RESULTS_FILE = "results.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private final Path path;

    private ResultsFolder(Path path) {
        this.path = path;
    }

    public static ResultsFolder create(Path root, LocalDateTime now) throws IOException {
        Files.createDirectories(root);
        String stamp = STAMP.format(now);
        for (int attempt = 1; ; attempt++) {
            Path candidate = root.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
            try {
                return new ResultsFolder(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException taken) {
                // Another run made it first: try the next suffix.
            }
        }
    }

    public Path path() {
        return path;
    }

    /** The JMH JSON results of the run. */
    public Path resultsJson() {
        return path.resolve(RESULTS_FILE);
    }

    /** Everything JMH and the launcher printed. */
    public Path consoleLog() {
        return path.resolve("console.log");
    }

    /** JDK, machine, commit and command line of the run. */
    public Path environmentJson() {
        return path.resolve("environment.json");
    }
}
