package dev.boundbench.server;

import java.util.function.Consumer;

/**
 * Where an {@link EventLoopServer} computes its answers: on the loop thread itself, or handed to a
 * pool whose threads or processes reply later.
 */
interface Offload extends AutoCloseable {

    /**
     * Answers one request line: calls {@code reply} exactly once with the answer, either before
     * returning (on the caller's thread) or later from another thread.
     */
    void answer(String line, Consumer<String> reply);

    /** Stops the pool's threads and processes; replies still due after this are dropped. */
    @Override
    void close();

    /** Computes every answer on the caller's thread: the loop is busy until the answer is ready. */
    static Offload onCallingThread() {
        return new Offload() {
            @Override
            public void answer(String line, Consumer<String> reply) {
                reply.accept(FibProtocol.answer(line));
            }

            @Override
            public void close() {
                // Nothing was started.
            }
        };
    }
}
