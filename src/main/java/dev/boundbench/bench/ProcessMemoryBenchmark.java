package dev.boundbench.bench;

import dev.boundbench.engine.process.ProcessPool;
import dev.boundbench.workload.CpuWorkloads;
import dev.boundbench.workload.Task;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * growth of this JVM's resident memory and used heap (after a GC) per platform thread and per
 * virtual thread that ran fib(25) and waits; in KiB, as the aux counters {@code workerRssKib},
 * {@code threadRssKib}, {@code threadHeapKib}, {@code virtualRssKib} and {@code virtualHeapKib}, means
 * over the iterations (the score is the sampling time).
 * Run: {@code ./run-benchmarks.sh ProcessMemoryBenchmark}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class ProcessMemoryBenchmark {

    private static final int THREADS = 1000;
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
        public double threadHeapKib;
        public double virtualRssKib;
        public double virtualHeapKib;
        private int iterations = 1;

        @Setup(Level.Iteration)
        public void reset(BenchmarkParams benchmark) {
            workerRssKib = 0;
            threadRssKib = 0;
            threadHeapKib = 0;
            virtualRssKib = 0;
            virtualHeapKib = 0;
            iterations = Math.max(1, benchmark.getMeasurement().getCount());
        }

        void record(long workerKib, Growth platform, Growth virtual) {
            workerRssKib = (double) workerKib / iterations;
            threadRssKib = platform.rssKib() / iterations;
            threadHeapKib = platform.heapKib() / iterations;
            virtualRssKib = virtual.rssKib() / iterations;
            virtualHeapKib = virtual.heapKib() / iterations;
        }
    }

    /** Samples a worker's, a platform thread's and a virtual thread's memory. */
    @Benchmark
    public long rss_workerAndThread(Rss rss) throws InterruptedException {
        pool.run(Collections.nCopies(4 * workers, WORK));
        long total = 0;
        for (long pid : pool.workerPids()) {
            total += ChildRss.kib(pid);
        }
        long workerKib = total / workers;
        Growth platform = perThread(Thread.ofPlatform().name("rss-probe-", 0));
        Growth virtual = perThread(Thread.ofVirtual().name("rss-probe-virtual-", 0));
        rss.record(workerKib, platform, virtual);
        return workerKib;
    }

    /** What one waiting thread adds to resident memory and to the used heap, in KiB. */
    record Growth(double rssKib, double heapKib) {
    }

    private static Growth perThread(Thread.Builder builder) throws InterruptedException {
        long self = ProcessHandle.current().pid();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        CountDownLatch ran = new CountDownLatch(THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long rssBefore = ChildRss.kib(self);
        for (int i = 0; i < THREADS; i++) {
            threads.add(builder.start(() -> {
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
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        long rssAfter = ChildRss.kib(self);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Growth(Math.max(0, rssAfter - rssBefore) / (double) THREADS,
                Math.max(0, heapAfter - heapBefore) / 1024.0 / THREADS);
    }
}
