package dev.boundbench.engine;

/** A shutdown hook that a pool installs when it starts and removes when it closes. */
public final class ShutdownHook {

    private final Thread hook;

    private ShutdownHook(Thread hook) {
        this.hook = hook;
    }

    /** Installs {@code action} to run when the JVM shuts down, on a thread named {@code threadName}. */
    public static ShutdownHook install(Runnable action, String threadName) {
        Thread hook = new Thread(action, threadName);
        Runtime.getRuntime().addShutdownHook(hook);
        return new ShutdownHook(hook);
    }

    /** Removes the hook; once the JVM is shutting down it cannot be removed, and runs anyway. */
    public void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }
}
