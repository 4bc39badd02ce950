package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run never reuses or overwrites another run's folder. */
class ResultsFolderTest {

    @TempDir
    Path root;

    @Test
    void create_sameSecondTwice_makesTwoFolders() throws Exception {
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 9, 5, 7);
        ResultsFolder first = ResultsFolder.create(root, now);
        Files.writeString(first.resultsJson(), "[]");
        ResultsFolder second = ResultsFolder.create(root, now);
        assertEquals(root.resolve("2026-11-25T09-05-07"), first.path());
        assertEquals(root.resolve("2026-11-25T09-05-07-2"), second.path());
        assertEquals("[]", Files.readString(first.resultsJson()));
    }
}
