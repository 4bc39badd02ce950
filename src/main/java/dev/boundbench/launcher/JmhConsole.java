package dev.boundbench.launcher;

import dev.boundbench.workload.DiskFullException;
import java.io.IOException;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's console output, less what would bury the launcher's own lines: a full disk's stack trace
 * is cut to its one line (the trace says nothing about a disk), and nothing is written once
 * {@code muted} holds — after the stop hook ended the fork JMH is about to complain of.
 */
final class JmhConsole implements OutputFormat {

    private final OutputFormat out;
    private final BooleanSupplier muted;

    JmhConsole(OutputFormat out, BooleanSupplier muted) {
        this.out = out;
        this.muted = muted;
    }

    @Override
    public void println(String text) {
        if (!muted.getAsBoolean()) {
            String diskFull = DiskFullException.lineIn(text);
            out.println(diskFull != null ? diskFull : text);
        }
    }

    @Override
    public void print(String text) {
        if (!muted.getAsBoolean()) {
            out.print(text);
        }
    }

    @Override
    public void verbosePrintln(String text) {
        if (!muted.getAsBoolean()) {
            out.verbosePrintln(text);
        }
    }

    @Override
    public void iteration(BenchmarkParams benchmark, IterationParams iteration, int index) {
        if (!muted.getAsBoolean()) {
            out.iteration(benchmark, iteration, index);
        }
    }

    @Override
    public void iterationResult(BenchmarkParams benchmark, IterationParams iteration, int index,
                                IterationResult result) {
        if (!muted.getAsBoolean()) {
            out.iterationResult(benchmark, iteration, index, result);
        }
    }

    @Override
    public void startBenchmark(BenchmarkParams benchmark) {
        if (!muted.getAsBoolean()) {
            out.startBenchmark(benchmark);
        }
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (!muted.getAsBoolean()) {
            out.endBenchmark(result);
        }
    }

    @Override
    public void startRun() {
        if (!muted.getAsBoolean()) {
            out.startRun();
        }
    }

    @Override
    public void endRun(Collection<RunResult> results) {
        if (!muted.getAsBoolean()) {
            out.endRun(results);
        }
    }

    @Override
    public void write(int b) {
        if (!muted.getAsBoolean()) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b) throws IOException {
        if (!muted.getAsBoolean()) {
            out.write(b);
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.close();
    }
}
