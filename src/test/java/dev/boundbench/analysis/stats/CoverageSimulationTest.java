package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.Direction;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.RawSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coverage of {@link PairedRatio}'s intervals (through {@link Estimate#rateRatio}) on simulated
 * groups: five configurations with known times run in rounds, each round in a fresh random order,
 * on a host whose speed drifts. Each batch takes its true time × the host's speed when it starts ×
 * independent lognormal noise (sd 4 %); the host's speed is a slow AR(1) on the log scale (time
 * constant 5 s, sd 8 %, so ±15 % over a run) times a fast factor redrawn every 50–100 ms (sd 7 %).
 * An iteration writes each configuration's mean over its 8 rounds, as the group benchmark does.
 * Where a scenario says so, each configuration also wanders on its own (an AR(1) of its own on the
 * log scale, sd 1.5 %, time constant 650 ms: about one iteration), which pairing cannot cancel and
 * which ties neighbouring iterations. Seeded: the counts are the same on every run. Measured (2,000
 * runs a scenario, nominal 95 %): 1 fork × 10 iterations 95.3 %, 1 × 15 96.6 %, 3 × 10 95.1 %,
 * 5 × 10 95.4 %; with the wander, 1 × 32 (8 blocks of 4 iterations) 94.0 % and 3 × 10 95.2 %, where
 * each of the 32 iterations as a unit of its own covers 89.0 %. A wander much slower than a block
 * is a fork's offset, which only forks reveal. The unpaired
 * bootstrap on the same data is 2.7 times as wide on the log scale; on configurations measured in
 * runs of their own it covers 40 %.
 */
class CoverageSimulationTest {

    private static final double[] TRUE_MS = {24, 13, 12.5, 7, 25};
    private static final int RUNS = 2_000;
    private static final int ROUNDS = 8;

    @ParameterizedTest(name = "{0} fork(s) x {1} iterations, wander {2}")
    @CsvSource({"1, 10, 0", "1, 15, 0", "3, 10, 0", "5, 10, 0", "1, 32, 0.015", "3, 10, 0.015"})
    void pairedInterval_driftingHost_covers95Percent(int forks, int iterations, double wanderSd) {
        SplittableRandom random = new SplittableRandom(7919L * forks + iterations);
        int covered = 0;
        for (int run = 0; run < RUNS; run++) {
            int config = 1 + run % (TRUE_MS.length - 1);
            Metric[] group = new Host(random, wanderSd).group(forks, iterations, "run " + run);
            Estimate ratio = Estimate.rateRatio(group[config], group[0], Direction.LOWER_IS_BETTER);
            assertEquals(Estimate.Method.PAIRED, ratio.method());
            covered += covers(ratio, TRUE_MS[0] / TRUE_MS[config]) ? 1 : 0;
        }
        double coverage = 100.0 * covered / RUNS;
        assertTrue(coverage >= 93 && coverage <= 97, "coverage " + coverage + " %");
    }

    /**
     * The unpaired bootstrap, on the same 1 × 15 groups with their tags dropped, is far wider (the
     * drift counted on each side, where it cancels in the ratio); on configurations measured apart,
     * each in its own run, the drift between the runs sits in the ratio and the bootstrap misses it.
     */
    @ParameterizedTest(name = "{0} runs")
    @CsvSource("2000")
    void unpairedBootstrap_sameDataTooWide_measuredApartCoversFarLess(int runs) {
        SplittableRandom random = new SplittableRandom(104729);
        int apartCovered = 0;
        double pairedWidth = 0;
        double unpairedWidth = 0;
        for (int run = 0; run < runs; run++) {
            int config = 1 + run % (TRUE_MS.length - 1);
            double truth = TRUE_MS[0] / TRUE_MS[config];
            Metric[] group = new Host(random, 0).group(1, 15, "run " + run);
            Estimate paired = Estimate.rateRatio(group[config], group[0], Direction.LOWER_IS_BETTER);
            Estimate same = Estimate.rateRatio(untagged(group[config]), untagged(group[0]), Direction.LOWER_IS_BETTER);
            assertEquals(Estimate.Method.BOOTSTRAP, same.method());
            pairedWidth += Math.log(paired.high() / paired.low());
            unpairedWidth += Math.log(same.high() / same.low());
            Metric a = new Host(random, 0).group(1, 15, "")[config];
            Metric b = new Host(random, 0).group(1, 15, "")[0];
            apartCovered += covers(Estimate.rateRatio(a, b, Direction.LOWER_IS_BETTER), truth) ? 1 : 0;
        }
        double apart = 100.0 * apartCovered / runs;
        assertTrue(unpairedWidth > 1.5 * pairedWidth, "unpaired width " + unpairedWidth / runs + " against paired "
                + pairedWidth / runs);
        assertTrue(apart < 90, "measured apart, the bootstrap covered " + apart + " %");
    }

    /**
     * Where configurations wander apart over seconds, one fork's iterations are not independent:
     * taken one by one as units they cover the true ratio far less than 95 %, which is why a
     * one-fork interval takes blocks of them.
     */
    @ParameterizedTest(name = "{0} runs")
    @CsvSource("2000")
    void iterationsAsUnits_wanderingConfigurations_coverTooLittle(int runs) {
        SplittableRandom random = new SplittableRandom(1 + 7919L * 32);
        int covered = 0;
        for (int run = 0; run < runs; run++) {
            int config = 1 + run % (TRUE_MS.length - 1);
            Metric[] group = new Host(random, 0.015).group(1, 32, "run " + run);
            double[] a = group[0].raw().fork(0);
            double[] b = group[config].raw().fork(0);
            double[] logs = new double[a.length];
            for (int i = 0; i < logs.length; i++) {
                logs[i] = Math.log(a[i] / b[i]);
            }
            covered += covers(PairedRatio.ofUnits(logs), TRUE_MS[0] / TRUE_MS[config]) ? 1 : 0;
        }
        double coverage = 100.0 * covered / runs;
        assertTrue(coverage < 92, "iterations as units covered " + coverage + " %");
    }

    private static boolean covers(Estimate e, double truth) {
        return e.low() <= truth && truth <= e.high();
    }

    private static Metric untagged(Metric m) {
        return new Metric(m.score(), m.error(), m.low(), m.high(), m.unit(), m.samples(), m.raw().withPairing(""));
    }

    /** One simulated host: its clock and its speed. */
    private static final class Host {
        private static final double SLOW_TAU_MS = 5_000;
        private static final double SLOW_SD = 0.08;
        private static final double SLOW_STEP_MS = 100;
        private static final double FAST_SD = 0.07;
        private static final double NOISE_SD = 0.04;
        private static final double WANDER_TAU_MS = 650;

        private final SplittableRandom random;
        private final double wanderSd;
        private final double[] wanderLog = new double[TRUE_MS.length];
        private final double[] wanderAt = new double[TRUE_MS.length];
        private double clock;
        private double slowLog;
        private double slowUntil;
        private double fastLog;
        private double fastUntil;

        Host(SplittableRandom random, double wanderSd) {
            this.random = random;
            this.slowLog = SLOW_SD * random.nextGaussian();
            this.wanderSd = wanderSd;
            for (int c = 0; c < wanderLog.length; c++) {
                wanderLog[c] = wanderSd * random.nextGaussian();
            }
        }

        /** The configurations' metrics of one group run, each tagged {@code tag}. */
        Metric[] group(int forks, int iterations, String tag) {
            int k = TRUE_MS.length;
            List<List<double[]>> raw = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                raw.add(new ArrayList<>());
            }
            int[] order = new int[k];
            for (int f = 0; f < forks; f++) {
                double[][] fork = new double[k][iterations];
                for (int i = 0; i < iterations; i++) {
                    for (int r = 0; r < ROUNDS; r++) {
                        shuffle(order);
                        for (int c : order) {
                            double t = TRUE_MS[c] * speed() * wander(c) * Math.exp(NOISE_SD * random.nextGaussian());
                            clock += t;
                            fork[c][i] += t / ROUNDS;
                        }
                    }
                }
                for (int c = 0; c < k; c++) {
                    raw.get(c).add(fork[c]);
                }
            }
            Metric[] metrics = new Metric[k];
            for (int c = 0; c < k; c++) {
                RawSamples samples = new RawSamples(raw.get(c), tag);
                double score = java.util.Arrays.stream(samples.all()).average().orElseThrow();
                metrics[c] = new Metric(score, Double.NaN, Double.NaN, Double.NaN, "ms/op", samples.count(), samples);
            }
            return metrics;
        }

        /** The host's speed factor now: above 1 is slower. */
        private double speed() {
            double phi = Math.exp(-SLOW_STEP_MS / SLOW_TAU_MS);
            while (slowUntil <= clock) {
                slowLog = phi * slowLog + Math.sqrt(1 - phi * phi) * SLOW_SD * random.nextGaussian();
                slowUntil += SLOW_STEP_MS;
            }
            if (fastUntil <= clock) {
                fastLog = FAST_SD * random.nextGaussian();
                fastUntil = clock + 50 + 50 * random.nextDouble();
            }
            return Math.exp(slowLog + fastLog);
        }

        /** Configuration {@code c}'s own slow factor now: an AR(1) on the log scale, 1 without wander. */
        private double wander(int c) {
            if (wanderSd == 0) {
                return 1;
            }
            double phi = Math.exp(-(clock - wanderAt[c]) / WANDER_TAU_MS);
            wanderLog[c] = phi * wanderLog[c] + Math.sqrt(1 - phi * phi) * wanderSd * random.nextGaussian();
            wanderAt[c] = clock;
            return Math.exp(wanderLog[c]);
        }

        private void shuffle(int[] order) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }
}
