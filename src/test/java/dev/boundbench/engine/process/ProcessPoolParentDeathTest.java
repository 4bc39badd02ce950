package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * A real parent JVM ({@link PoolParent}) with one busy and one idle worker ends in three ways; no
 * worker may outlive it by more than 2 s.
 */
class ProcessPoolParentDeathTest extends ParentDeathContract {

    @Override
    protected Class<?> parentMain() {
        return PoolParent.class;
    }

    @Override
    protected List<Long> pids(List<String> words, boolean parentWaits) {
        List<Long> pids = words.stream().map(Long::valueOf).toList();
        assertEquals(2, pids.size(), pids.toString());
        if (parentWaits) {
            assertTrue(pids.stream().allMatch(ChildProcesses::alive), "workers alive before the parent dies");
        }
        return pids;
    }
}
