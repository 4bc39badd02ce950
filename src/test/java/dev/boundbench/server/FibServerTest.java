package dev.boundbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fib server over real sockets on 127.0.0.1, for each model. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FibServerTest {

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void ask_answersFib_andErrorsNameTheBadInput(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model); FibClient client = new FibClient(server.port())) {
            assertEquals(832_040, client.ask(30));
            assertEquals(1, client.ask(1));
            IOException error = assertThrows(IOException.class, () -> client.ask(-4));
            assertEquals("The fib server answered error: fib needs n >= 0, got -4", error.getMessage());
            assertEquals(55, client.ask(10), "the connection survives an error");
        }
    }

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void ask_twoClientsAtOnce_eachGetsItsOwnAnswers(ServerModel model) throws Exception {
        try (FibServer server = FibServer.start(model);
             FibClient slow = new FibClient(server.port());
             FibClient fast = new FibClient(server.port())) {
            CompletableFuture<Long> slowAnswer = CompletableFuture.supplyAsync(() -> {
                try {
                    return slow.ask(32);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int n = 0; n < 20; n++) {
                assertEquals(dev.boundbench.workload.CpuWorkloads.fib(n), fast.ask(n));
            }
            assertEquals(2_178_309, slowAnswer.get(20, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @EnumSource(ServerModel.class)
    void close_endsConnectionsAndLeavesNoThread(ServerModel model) throws Exception {
        FibServer server = FibServer.start(model);
        FibClient client = new FibClient(server.port());
        assertEquals(2, client.ask(3));
        server.close();
        assertThrows(IOException.class, () -> client.ask(3));
        client.close();
        assertEquals(java.util.List.of(), dev.boundbench.engine.LiveThreads.named(FibServer.THREAD_NAME_PREFIX));
    }

    @Test
    void answer_garbage_namesIt() {
        assertEquals("error: expected a whole number n, got \"fib(3)\"", FibServer.answer("fib(3)"));
        assertEquals("13", FibServer.answer(" 7 "));
    }
}
