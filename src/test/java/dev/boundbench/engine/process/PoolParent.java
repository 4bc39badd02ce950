package dev.boundbench.engine.process;

import dev.boundbench.engine.Await;
import dev.boundbench.workload.Task;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parent JVM for the tests on parent death: starts a pool of two workers, keeps worker 0 busy with
 * a long sleep, prints the worker pids on one line, then either waits ({@code wait}) to be killed,
 * or returns from main ({@code exit}) leaving the pool to its shutdown hook.
 */
public final class PoolParent {

    private PoolParent() {
    }

    public static void main(String[] args) throws Exception {
        ProcessPool pool = new ProcessPool(2);
        Thread batch = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                pool.run(List.of(new Task("sleep", 60_000)));
            } catch (Exception e) {
                // The parent is being killed; nothing to report.
            }
        });
        Await.until("the sleep in flight to worker 0", Duration.ofSeconds(10), () -> pool.busyWorkers() == 1);
        // Sent, not just handed out: the caller has written the task and parks for its result, so a
        // signal from now on finds the pool between messages, as a real interrupted batch would.
        Await.until("the batch's caller parked for its result", Duration.ofSeconds(10),
                () -> batch.getState() == Thread.State.WAITING || batch.getState() == Thread.State.TIMED_WAITING);
        System.out.println(pool.workerPids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            batch.join();
        }
    }
}
