package dev.boundbench.bench;

import dev.boundbench.workload.Task;
import java.util.Arrays;
import java.util.List;

/** Checks a batch's results against the one result every task of the batch must give. */
final class BatchCheck {

    private BatchCheck() {
    }

    /**
     * @param who the engine or configuration that ran the batch, for the message
     * @throws IllegalStateException naming the first wrong result, its task and the expected value
     */
    static void verify(Object who, long[] results, List<Task> batch, long expected) {
        if (results.length != batch.size()) {
            throw new IllegalStateException(who + " returned " + results.length + " results for " + batch.size()
                    + " tasks");
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] != expected) {
                throw new IllegalStateException(who + " gave " + results[i] + " for task " + i + " (" + batch.get(i)
                        + "), expected " + expected + "; results " + Arrays.toString(results));
            }
        }
    }
}
