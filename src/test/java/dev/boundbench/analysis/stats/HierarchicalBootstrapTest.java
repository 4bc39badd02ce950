package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.RawSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchicalBootstrapTest {

    private static final int RUNS = 8_000;
    private static final int RESAMPLES = 2_000;

    /**
     * One side of a synthetic run: {@code forks} forks of {@code minIterations}..{@code maxIterations}
     * iterations, true mean {@code mean}, per-iteration sd {@code cv}·mean, and fork effects of sd
     * {@code tau}·(per-iteration sd)/√m.
     */
    record Side(int forks, int minIterations, int maxIterations, double mean, double cv, double tau) {

        RawSamples draw(Random random) {
            List<double[]> out = new ArrayList<>();
            double sigma = cv * mean;
            for (int f = 0; f < forks; f++) {
                int m = minIterations + random.nextInt(maxIterations - minIterations + 1);
                double forkMean = mean + random.nextGaussian() * tau * sigma / Math.sqrt(m);
                double[] values = new double[m];
                for (int i = 0; i < m; i++) {
                    values[i] = forkMean + random.nextGaussian() * sigma;
                }
                out.add(values);
            }
            return new RawSamples(out);
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("1 fork x 10 iid, CV 1 %, ratio 1", new Side(1, 10, 10, 100, 0.01, 0),
                        new Side(1, 10, 10, 100, 0.01, 0)),
                Arguments.of("1 fork x 10 iid, CV 3 % vs 1 %, ratio 0.5", new Side(1, 10, 10, 50, 0.03, 0),
                        new Side(1, 10, 10, 100, 0.01, 0)),
                Arguments.of("3 forks x 10-12, tau 0, ratio 1.9", new Side(3, 10, 12, 190, 0.02, 0),
                        new Side(3, 10, 12, 100, 0.02, 0)),
                Arguments.of("3 forks x 10-12, tau 1, ratio 1.9", new Side(3, 10, 12, 190, 0.02, 1),
                        new Side(3, 10, 12, 100, 0.02, 1)),
                Arguments.of("3 forks x 10-12, tau 3, ratio 0.5", new Side(3, 10, 12, 50, 0.02, 3),
                        new Side(3, 10, 12, 100, 0.02, 3)),
                Arguments.of("3 forks tau 3 vs 5 forks tau 0, ratio 1.9", new Side(3, 10, 12, 190, 0.02, 3),
                        new Side(5, 10, 12, 100, 0.01, 0)),
                Arguments.of("2 forks vs 4 forks, tau 1, ratio 0.5", new Side(2, 10, 10, 50, 0.02, 1),
                        new Side(4, 10, 10, 100, 0.02, 1)),
                Arguments.of("1 fork x 10 vs 3 forks x 10-12 tau 2, ratio 1.9", new Side(1, 10, 10, 190, 0.02, 0),
                        new Side(3, 10, 12, 100, 0.02, 2)));
    }

    @Test
    void ratio_sameInputs_identicalInterval() {
        double[][] a = {{10.1, 10.3, 9.9}, {10.6, 10.4, 10.5}, {9.8, 10.0, 10.2}};
        double[][] b = {{5.1, 5.0}, {4.9, 5.2}, {5.0, 5.05}, {5.1, 4.95}};
        HierarchicalBootstrap.ratio(samples(b), samples(a));

        Estimate first = HierarchicalBootstrap.ratio(samples(a), samples(b));
        Estimate second = HierarchicalBootstrap.ratio(samples(a), samples(b));

        assertEquals(first, second, "fresh samples of the same values, after other ratios: the same interval");
        assertEquals(Estimate.Method.BOOTSTRAP, first.method());
        assertEquals(10.2 / 5.0375, first.value(), 1e-12);
        assertTrue(first.low() < first.value() && first.value() < first.high(), first.toString());
    }

    @Test
    void ratio_singleValue_noInterval() {
        Estimate e = HierarchicalBootstrap.ratio(samples(new double[][] {{3}}), samples(new double[][] {{1, 2}}));

        assertEquals(2, e.value(), 1e-12);
        assertFalse(e.hasInterval());
        assertFalse(HierarchicalBootstrap.usable(samples(new double[][] {{3}})));
    }

    private static RawSamples samples(double[][] forks) {
        return new RawSamples(List.of(forks));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Timeout(120)
    void ratio_coversTheTrueRatioAtItsNominalRate(String name, Side a, Side b) {
        Random random = new Random(name.hashCode());
        SplittableRandom resampler = new SplittableRandom(name.hashCode());
        double truth = a.mean() / b.mean();
        int covered = 0;
        for (int run = 0; run < RUNS; run++) {
            Estimate e = HierarchicalBootstrap.ratio(
                    HierarchicalBootstrap.Units.of(a.draw(random)).spread(RESAMPLES, resampler),
                    HierarchicalBootstrap.Units.of(b.draw(random)).spread(RESAMPLES, resampler));
            if (e.low() <= truth && truth <= e.high()) {
                covered++;
            }
        }
        double coverage = (double) covered / RUNS;
        System.out.printf("coverage %-50s %.1f %%%n", name, coverage * 100);
        assertEquals(HierarchicalBootstrap.LEVEL, coverage, 0.02, name + ": coverage " + coverage);
    }
}
