package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.net.Loopback;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The {@code download} workload through a real JMH run: server up at set-up, every page checked. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DownloadJmhTest {

    @Test
    void scalingBenchmark_downloads_takeAtLeastTheLatencyPerRound() throws Exception {
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + ScalingBenchmark.class.getName() + ".batch$")
                .param("workload", "download").param("engine", "PLATFORM_POOL").param("threads", "2")
                .param("tasks", "4").param("size", "8")
                .forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                .measurementIterations(2).measurementTime(TimeValue.milliseconds(200))
                .timeUnit(TimeUnit.MILLISECONDS).jvmArgsAppend("-D" + Loopback.LATENCY_PROPERTY + "=7")
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true);
        RunResult run = new Runner(options.build()).runSingle();
        assertEquals("ms/op", run.getPrimaryResult().getScoreUnit());
        // Four downloads on two threads: two rounds, each at least the latency of 7 ms.
        assertTrue(run.getPrimaryResult().getScore() >= 14, "score " + run.getPrimaryResult().getScore());
    }
}
