package dev.boundbench.bench;

import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.workload.CpuWorkloads;
import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Memory: resident memory (VmRSS) per process-pool worker after a batch of fib(25) tasks, beside the
 * growth of this JVM's resident memory per platform thread that ran fib(25) and waits; both in KiB,
 * as the aux counters {@code workerRssKib} and {@code threadRssKib}, means over the iterations (the
 * score is the sampling time).
 * Run: {@code java -jar target/benchmarks.jar ProcessMemoryBenchmark -f 1 -wi 1 -i 5}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class ProcessMemoryBenchmark {

    private static final int THREADS = 200;
    private static final Task WORK = new Task("fib", 25);

    /** How many workers the pool has. */
    @Param({"2"})
    public int workers;

    private ProcessPool pool;

    @Setup(Level.Trial)
    public void start() {
        pool = new ProcessPool(workers);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.close();
    }

    /**
     * The two resident sizes, in KiB. JMH sums event counters over the measurement iterations, so
     * each iteration records its sample divided by their count: the result is the mean.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Rss {
        public double workerRssKib;
        public double threadRssKib;
        private int iterations = 1;

        @Setup(Level.Iteration)
        public void reset(BenchmarkParams benchmark) {
            workerRssKib = 0;
            threadRssKib = 0;
            iterations = Math.max(1, benchmark.getMeasurement().getCount());
        }

        void record(long workerKib, long threadKib) {
            workerRssKib = (double) workerKib / iterations;
            threadRssKib = (double) threadKib / iterations;
        }
    }

    /** Samples a worker's and a thread's resident memory. */
    @Benchmark
    public long rss_workerAndThread(Rss rss) throws InterruptedException {
        pool.run(Collections.nCopies(4 * workers, WORK));
        long total = 0;
        for (long pid : pool.workerPids()) {
            total += ChildRss.kib(pid);
        }
        long workerKib = total / workers;
        long threadKib = perThreadKib();
        rss.record(workerKib, threadKib);
        return workerKib + threadKib;
    }

    private static long perThreadKib() throws InterruptedException {
        long self = ProcessHandle.current().pid();
        CountDownLatch ran = new CountDownLatch(THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long before = ChildRss.kib(self);
        for (int i = 0; i < THREADS; i++) {
            threads.add(Thread.ofPlatform().name("rss-probe-" + i).start(() -> {
                CpuWorkloads.fib(WORK.size());
                ran.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        ran.await();
        long after = ChildRss.kib(self);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return Math.max(0, after - before) / THREADS;
    }
}
