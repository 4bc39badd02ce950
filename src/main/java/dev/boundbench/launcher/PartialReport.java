package dev.boundbench.launcher;

import dev.boundbench.analysis.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The report of a run that did not finish (interrupted, or a point failed), from the points
 * measured so far: JMH's results of each point are in {@code results.json} as soon as it is done,
 * so the report reads them like any other; a line at its top says it is partial and why.
 */
final class PartialReport {

    /** How the line at the top of the report starts. */
    static final String MARK = "**Partial run**";

    private PartialReport() {
    }

    /**
     * @param why e.g. {@code interrupted by Ctrl-C or SIGTERM after 3 of 16 points}
     * @return the report, or empty when no point was measured
     */
    static Optional<Path> write(ResultsFolder folder, String why) throws IOException {
        if (!Files.exists(folder.resultsJson())) {
            return Optional.empty();
        }
        Report.write(folder.path());
        Path report = folder.path().resolve(Report.REPORT_FILE);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        String mark = MARK + ": " + why + "; the rest of the plan was not measured.\n\n";
        int titleEnd = text.indexOf("\n\n");
        int afterTitle = text.startsWith("# ") && titleEnd > 0 ? titleEnd + 2 : 0;
        Files.writeString(report, text.substring(0, afterTitle) + mark + text.substring(afterTitle),
                StandardCharsets.UTF_8);
        return Optional.of(report);
    }
}
