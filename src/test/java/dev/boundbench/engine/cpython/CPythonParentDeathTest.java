package dev.boundbench.engine.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import dev.boundbench.engine.process.ChildProcesses;
import dev.boundbench.engine.process.ParentDeathContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real parent JVM ({@link CPythonParent}) with a Python worker and its two ProcessPoolExecutor
 * children, one of them busy, ends in three ways; no Python process may outlive it by more than
 * 2 s, and the scratch folder goes with them.
 */
class CPythonParentDeathTest extends ParentDeathContract {

    private Path scratch;

    @Override
    protected Class<?> parentMain() {
        return CPythonParent.class;
    }

    /** The worker's and its children's pids, then the scratch folder. */
    @Override
    protected List<Long> pids(List<String> words, boolean parentWaits) {
        assertEquals(4, words.size(), words.toString());
        scratch = Path.of(words.get(3));
        List<Long> pids = words.subList(0, 3).stream().map(Long::valueOf).toList();
        if (parentWaits) {
            assertTrue(pids.stream().allMatch(ChildProcesses::alive), "Python processes alive before the parent dies");
            assertTrue(Files.isDirectory(scratch), scratch.toString());
        }
        return pids;
    }

    @Override
    protected void assertNothingLeft() throws InterruptedException {
        Await.until("scratch folder " + scratch + " removed", Duration.ofSeconds(1), () -> !Files.exists(scratch));
    }
}
