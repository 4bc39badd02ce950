package dev.boundbench.engine;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits in tests for state that can be observed (a count, a file, a thread's state), within a
 * bound, instead of sleeping for a time that is long enough on a quiet machine only.
 */
public final class Await {

    private static final long POLL_MILLIS = 5;

    private Await() {
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @param what what the condition observes, for the failure: "worker 0 busy with the sleep"
     * @throws AssertionError saying what was not observed within {@code limit}
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        until(() -> what, limit, condition);
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}, with a message made at the failure (to show a count). */
    public static void until(Supplier<String> what, Duration limit, BooleanSupplier condition)
            throws InterruptedException {
        if (!within(limit, condition)) {
            throw new AssertionError("Not observed within " + limit.toMillis() + " ms: " + what.get());
        }
    }

    /** Waits up to {@code limit} until {@code condition} holds; whether it did, for the caller to assert. */
    public static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return condition.getAsBoolean();
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
