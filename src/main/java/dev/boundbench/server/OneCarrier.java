package dev.boundbench.server;

import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Virtual threads whose scheduler is one platform thread of their own: one carrier, as an event
 * loop has one thread, while every other virtual thread of the JVM keeps the default scheduler.
 *
 * <p>JDK 21–25 have no public API to choose a virtual thread's scheduler; the only public knob,
 * {@code -Djdk.virtualThreadScheduler.parallelism=1}, changes every virtual thread of the JVM, so it
 * could not sit beside {@link ServerModel#VIRTUAL_THREADS} in one benchmark. This class uses the
 * JDK's own builder constructor that takes a scheduler ({@code ThreadBuilders.VirtualThreadBuilder(Executor)},
 * which the JDK's tests use), opened with {@value #OPENS_FLAG}.
 */
final class OneCarrier implements AutoCloseable {

    /** The JVM flag that opens the JDK's builder to this class. */
    static final String OPENS_FLAG = "--add-opens=java.base/java.lang=ALL-UNNAMED";

    private final ExecutorService carrier;
    private final AtomicReference<Thread> carrierThread = new AtomicReference<>();
    private final Constructor<?> builder;

    private OneCarrier(Constructor<?> builder) {
        this.builder = builder;
        this.carrier = Executors.newSingleThreadExecutor(task -> {
            Thread thread = Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + "carrier").unstarted(task);
            carrierThread.set(thread);
            return thread;
        });
    }

    /**
     * A single carrier, ready for {@link #virtualThreads(String)}.
     *
     * @throws IllegalStateException when the JDK's builder is missing or not opened, naming the flag
     */
    static OneCarrier start() {
        Constructor<?> builder;
        try {
            builder = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder").getDeclaredConstructor(Executor.class);
            builder.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Virtual threads on one carrier need the JDK's VirtualThreadBuilder(Executor),"
                    + " which this JDK (" + Runtime.version() + ") lacks: " + e);
        } catch (InaccessibleObjectException e) {
            throw new IllegalStateException("Virtual threads on one carrier need the JVM flag " + OPENS_FLAG
                    + " (JDK " + Runtime.version().feature() + " has no public API to choose a virtual thread's scheduler)");
        }
        return new OneCarrier(builder);
    }

    /** A factory of virtual threads named {@code prefix0, prefix1 …} that all run on this carrier. */
    Thread.Builder.OfVirtual virtualThreads(String prefix) {
        try {
            return ((Thread.Builder.OfVirtual) builder.newInstance(carrier)).name(prefix, 0);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make a virtual-thread builder on one carrier: " + e, e);
        }
    }

    /** Stops the carrier thread and waits for it; the virtual threads on it must have ended. */
    @Override
    public void close() throws InterruptedException {
        carrier.shutdown();
        if (!carrier.awaitTermination(ServerThreads.CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("Carrier thread still running " + ServerThreads.CLOSE_WAIT.toSeconds()
                    + " s after close");
        }
        Thread thread = carrierThread.get();
        if (thread != null) {
            thread.join();
        }
    }
}
