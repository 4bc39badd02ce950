package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code environment.json}'s commit: the suite's checkout, whatever the folder the run was started from. */
class EnvironmentRecorderTest {

    @Test
    void gitCommit_ofTheSuitesFolder_isItsCheckoutsHead() throws Exception {
        Process head = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
        String expected = new String(head.getInputStream().readAllBytes()).trim();
        assertEquals(0, head.waitFor(), expected);

        Path folder = EnvironmentRecorder.suiteFolder();
        assertTrue(folder.endsWith(Path.of("target", "classes")) || folder.endsWith("target"), folder.toString());
        String commit = EnvironmentRecorder.gitCommit(folder);
        assertTrue(commit.contains(expected), commit + " against HEAD " + expected);
    }

    @Test
    void gitCommit_outsideAnyCheckout_saysSo(@TempDir Path elsewhere) {
        assertEquals("unknown (not a git checkout)", EnvironmentRecorder.gitCommit(elsewhere));
    }
}
