package dev.boundbench.engine.cpython;

import dev.boundbench.engine.Await;
import dev.boundbench.workload.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parent JVM for the tests on parent death: starts a cpython-processes pool of two, keeps one
 * child busy with a long sleep, prints the Python worker's pid, its children's pids and the scratch
 * folder on one line, then waits ({@code wait}) to be killed, or returns from main ({@code exit})
 * leaving the pool to its shutdown hook.
 */
public final class CPythonParent {

    private CPythonParent() {
    }

    public static void main(String[] args) throws Exception {
        CPythonPool pool = new CPythonPool("cpython-processes", PythonPoolKind.PROCESSES, 2);
        Thread batch = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                pool.run(List.of(new Task("sleep", 60_000)));
            } catch (Exception e) {
                // The parent is being killed; nothing to report.
            }
        });
        Await.until("the sleep in flight to the Python worker", Duration.ofSeconds(10), pool::busy);
        pool.pingBehindTasks();
        // Sent, not just handed out: the caller has written the task and parks for its result, so a
        // signal from now on finds the pool between messages, as a real interrupted batch would.
        Await.until("the batch's caller parked for its result", Duration.ofSeconds(10),
                () -> batch.getState() == Thread.State.WAITING || batch.getState() == Thread.State.TIMED_WAITING);
        List<Long> pids = new ArrayList<>(List.of(pool.workerPid()));
        pids.addAll(pool.childPids());
        System.out.println(pids.stream().map(String::valueOf).collect(Collectors.joining(" ")) + " "
                + pool.scratchFolder());
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            batch.join();
        }
    }
}
