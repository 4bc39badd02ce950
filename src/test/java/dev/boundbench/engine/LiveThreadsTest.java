package dev.boundbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The leak check itself must see live threads, virtual ones included, or it proves nothing. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiveThreadsTest {

    @Test
    void named_seesLivePlatformAndVirtualThreads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Runnable park = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread platform = Thread.ofPlatform().name("leakprobe-platform").start(park);
        Thread virtual = Thread.ofVirtual().name("leakprobe-virtual").start(park);
        try {
            assertEquals(List.of("leakprobe-platform", "leakprobe-virtual"),
                    LiveThreads.named("leakprobe-").stream().sorted().toList());
        } finally {
            release.countDown();
            platform.join();
            virtual.join();
        }
        assertEquals(List.of(), LiveThreads.named("leakprobe-"));
    }
}
