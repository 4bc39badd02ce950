package dev.boundbench.workload;

import dev.boundbench.net.Loopback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a workload may ask for besides its size, by the type of a parameter: a {@link Scratch}
 * folder for files, a {@link Loopback} page server and HTTP client on 127.0.0.1. Each is made by
 * the first task that needs it — in a benchmark the trial's set-up run, outside the measured code —
 * shared by every later task of the runner, and closed with it.
 */
public final class Resources implements AutoCloseable {

    private static final Map<Class<?>, Supplier<AutoCloseable>> FACTORIES = factories();

    private final Map<Class<?>, AutoCloseable> made = new ConcurrentHashMap<>();
    private volatile boolean closed;

    static boolean isResource(Class<?> type) {
        return FACTORIES.containsKey(type);
    }

    /**
     * The resource of {@code type}, made on first use.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public <T> T get(Class<T> type) {
        Object resource = made.get(type);
        if (resource == null) {
            resource = made.computeIfAbsent(type, this::make);
        }
        return type.cast(resource);
    }

    private AutoCloseable make(Class<?> type) {
        if (closed) {
            throw new IllegalStateException("Resources are closed; cannot make a " + type.getSimpleName());
        }
        Supplier<AutoCloseable> factory = FACTORIES.get(type);
        if (factory == null) {
            throw new IllegalArgumentException("Not a workload resource: " + type.getName() + "; valid: "
                    + names());
        }
        return factory.get();
    }

    /** Closes every resource made (the folder deleted, the server stopped); the first failure is thrown. */
    @Override
    public synchronized void close() {
        closed = true;
        List<AutoCloseable> open = new ArrayList<>(made.values());
        made.clear();
        RuntimeException failure = null;
        for (AutoCloseable resource : open) {
            try {
                resource.close();
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException r ? r
                        : new IllegalStateException("Cannot close " + resource, e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static String names() {
        return String.join(", ", FACTORIES.keySet().stream().map(Class::getSimpleName).toList());
    }

    private static Map<Class<?>, Supplier<AutoCloseable>> factories() {
        Map<Class<?>, Supplier<AutoCloseable>> factories = new LinkedHashMap<>();
        factories.put(Loopback.class, Loopback::start);
        factories.put(Scratch.class, Scratch::new);
        return java.util.Collections.unmodifiableMap(factories);
    }
}
