package dev.boundbench.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test-only workload that proves each task ran exactly once, also in another process: task
 * {@code i} creates the file {@code i} in the folder named by the system property
 * {@value #FOLDER_PROPERTY}, and fails if it already exists.
 */
public final class MarkerWorkload {

    /** The system property naming the folder where markers are made. */
    public static final String FOLDER_PROPERTY = "boundbench.test.markers";

    private MarkerWorkload() {
    }

    @Workload(name = "test-mark", kind = Kind.IO, defaultSize = 0, sizeMeaning = "index of the marker file")
    public static long mark(int index) throws IOException {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("test-mark needs -D" + FOLDER_PROPERTY + "=<folder>");
        }
        Files.createFile(Path.of(folder, Integer.toString(index)));
        return index;
    }
}
