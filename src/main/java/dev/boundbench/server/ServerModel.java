package dev.boundbench.server;

import java.util.concurrent.ThreadFactory;

/** How the fib server runs each connection: on its own platform thread or its own virtual thread. */
public enum ServerModel {

    /** A platform thread per connection: the articles' threaded server, without a GIL. */
    PLATFORM_THREADS {
        @Override
        ThreadFactory handlers() {
            return Thread.ofPlatform().name(FibServer.THREAD_NAME_PREFIX + "platform-", 0).factory();
        }
    },

    /**
     * A virtual thread per connection: the JVM's counterpart of a coroutine server. Virtual threads
     * are not time-sliced, so with one carrier a CPU-bound request holds it until it answers.
     */
    VIRTUAL_THREADS {
        @Override
        ThreadFactory handlers() {
            return Thread.ofVirtual().name(FibServer.THREAD_NAME_PREFIX + "virtual-", 0).factory();
        }
    };

    abstract ThreadFactory handlers();
}
