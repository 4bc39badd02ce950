package dev.boundbench.engine.cpython;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the worker script out of the jar into a file an interpreter can run. */
final class WorkerScript {

    private WorkerScript() {
    }

    /** Writes the script {@code resource} to a new file in {@code folder}; the caller deletes it. */
    static Path extractInto(Path folder, String resource) {
        try (InputStream in = WorkerScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No worker script " + resource + " on the class path");
            }
            Path file = Files.createTempFile(folder, "boundbench-worker-", ".py");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CPython worker script into " + folder, e);
        }
    }

    /** Deletes {@code file}, quietly when it is already gone. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the CPython worker script " + file, e);
        }
    }
}
