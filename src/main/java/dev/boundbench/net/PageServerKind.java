package dev.boundbench.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;

/** How a {@link PageServer} is built; the {@code DownloadBenchmark} compares them. */
public enum PageServerKind {

    /** The suite's own: one thread running a {@code java.nio} selector loop that also keeps time. */
    NIO {
        @Override
        PageServer create(Duration latency) throws IOException {
            return NioPageServer.start(latency);
        }
    },
    /** The JDK's {@code com.sun.net.httpserver.HttpServer}, a virtual thread per request that sleeps. */
    JDK {
        @Override
        PageServer create(Duration latency) throws IOException {
            return JdkPageServer.start(latency);
        }
    };

    /** The longest latency a server takes. */
    public static final Duration MAX_LATENCY = Duration.ofSeconds(10);

    /**
     * Starts a server of this kind on an ephemeral port of 127.0.0.1.
     *
     * @param latency the wait before each answer, 0 to {@link #MAX_LATENCY}
     * @throws IllegalArgumentException for a latency out of range, naming it
     * @throws UncheckedIOException naming the server and the cause when it cannot listen
     */
    public PageServer start(Duration latency) {
        if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("A page server's latency is 0 to " + MAX_LATENCY.toMillis()
                    + " ms, got " + latency.toMillis() + " ms");
        }
        try {
            return create(latency);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the " + name().toLowerCase(Locale.ROOT)
                    + " page server on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    abstract PageServer create(Duration latency) throws IOException;
}
