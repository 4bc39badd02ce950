package dev.boundbench.launcher;

import java.util.function.Supplier;

/**
 * A value computed on the first {@link #get()} and kept, e.g. the Python interpreter's description
 * (starting an interpreter takes up to a second); {@link #ifDone()} tells whether anyone asked.
 */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }

    /** The value if it was computed, else null. */
    synchronized T ifDone() {
        return value;
    }
}
