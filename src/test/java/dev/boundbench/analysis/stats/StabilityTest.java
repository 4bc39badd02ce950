package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Metric;
import dev.boundbench.analysis.read.Mode;
import dev.boundbench.analysis.read.PairedGroup;
import dev.boundbench.analysis.read.RawSamples;
import dev.boundbench.analysis.read.Warning;
import dev.boundbench.analysis.stats.Stability.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each stability check fires on a crafted series and stays silent on steady ones and on pure noise. */
class StabilityTest {

    private static final double[] STEADY = {100.2, 99.8, 100.1, 99.9, 100.0, 100.3, 99.7, 100.0, 100.1, 99.9};

    private static RawSamples raw(double[]... forks) {
        return new RawSamples(List.of(forks));
    }

    private static Optional<Stability.Finding> run(Check check, RawSamples raw) {
        return Stability.run(check, raw);
    }

    @Test
    void spread_wideSeries_fires() {
        Optional<Stability.Finding> finding = run(Check.SPREAD, raw(new double[] {80, 120, 90, 110, 100}));

        Stability.Spread spread = (Stability.Spread) finding.orElseThrow();
        assertEquals(Check.SPREAD, spread.check());
        assertEquals(5, spread.iterations());
        assertEquals(Math.sqrt(250) / 100, spread.cv(), 1e-12, "sample std dev 15.8 of the mean 100");
    }

    @Test
    void outlier_oneIterationFarOff_firesNamingIt() {
        Optional<Stability.Finding> finding = run(Check.OUTLIER, raw(STEADY, new double[] {100, 100, 250, 100}));

        Stability.Outlier outlier = (Stability.Outlier) finding.orElseThrow();
        assertEquals(2, outlier.fork());
        assertEquals(3, outlier.iteration());
        assertEquals(250, outlier.value());
        assertEquals(1550.0 / 14, outlier.mean(), 1e-9);
        assertEquals((250 - 1550.0 / 14) / (1550.0 / 14), outlier.distance(), 1e-9);
    }

    @Test
    void trend_warmUpDriftInEveryFork_fires() {
        double[] drift = {112, 110, 108.5, 107, 105, 104, 103, 102, 101, 100};

        Optional<Stability.Finding> finding = run(Check.TREND, raw(drift, drift.clone()));

        Stability.Trend trend = (Stability.Trend) finding.orElseThrow();
        assertEquals((303 - 330.5) / 330.5, trend.change(), 1e-12, "the last third's mean against the first's");
        assertEquals(-90, trend.s(), "every pair of both forks falls");
        assertTrue(trend.p() < Stability.TREND_ALPHA, "p = " + trend.p());
    }

    @Test
    void trend_significantButTinyDrift_staysSilent() {
        double[] creep = {100.0, 100.1, 100.2, 100.3, 100.4, 100.5, 100.6, 100.7, 100.8, 100.9};

        assertEquals(Optional.empty(), run(Check.TREND, raw(creep)));
    }

    @Test
    void checks_steadySeries_staySilent() {
        for (Check check : Check.values()) {
            assertEquals(Optional.empty(), run(check, raw(STEADY, STEADY.clone(), STEADY.clone())), check.label());
        }
    }

    @Test
    void checks_pureNoiseOfCv1Percent_staySilent() {
        Random random = new Random(42);
        int fired = 0;
        for (int series = 0; series < 2000; series++) {
            List<double[]> forks = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                double[] fork = new double[10];
                for (int i = 0; i < fork.length; i++) {
                    fork[i] = 100 * (1 + 0.01 * random.nextGaussian());
                }
                forks.add(fork);
            }
            RawSamples noise = new RawSamples(forks);
            for (Check check : Check.values()) {
                fired += run(check, noise).isPresent() ? 1 : 0;
            }
        }
        assertEquals(0, fired);
    }

    @Test
    void trend_oneForkOfFive_isNotCheckable() {
        double[] falling = {105, 104, 103, 102, 101};

        assertFalse(Stability.checkable(Check.TREND, raw(falling)));
        assertTrue(Stability.checkable(Check.TREND, raw(falling, falling.clone())));
        assertTrue(Stability.checkable(Check.TREND, raw(new double[] {106, 105, 104, 103, 102, 101})));
    }

    @Test
    void review_tooFewIterations_saysSoOnceNotPerPoint() {
        List<BenchmarkResult> results = List.of(result("1", raw(new double[] {10, 10.1, 9.9})),
                result("2", raw(new double[] {5, 5.1, 4.9})));

        Stability.Review review = Stability.review(results);

        assertEquals(List.of(), review.warnings());
        assertEquals(Map.of(Check.TREND, 2), review.notChecked());
        assertTrue(review.line().contains("trend on 2 of 2 points"), review.line());
    }

    @Test
    void review_firingCheck_namesCheckAndPoint() {
        Stability.Review review = Stability.review(List.of(result("8", raw(new double[] {80, 120, 90, 110, 100}))));

        assertEquals(1, review.flaggedPoints());
        assertEquals(1, review.warnings().size());
        assertEquals(Map.of(Check.SPREAD, 1), review.flagged());
        assertEquals(Warning.Kind.SPREAD, review.warnings().get(0).kind());
        assertEquals("B.m (threads=8)", review.warnings().get(0).point());
    }

    @Test
    void review_pairedPointWithWideSpread_isNotJudgedForSpread() {
        RawSamples wide = raw(new double[] {80, 120, 90, 110, 100});
        BenchmarkResult paired = result(PairedGroup.BENCHMARK, "8", wide);

        Stability.Review review = Stability.review(List.of(paired));

        assertEquals(List.of(), review.warnings());
        assertEquals(1, review.pairedPoints());
        assertTrue(review.flagged().isEmpty(), review.flagged().toString());
        assertTrue(review.line().contains("on the 1 paired points"), review.line());
    }

    private static BenchmarkResult result(String threads, RawSamples raw) {
        return result("a.B.m", threads, raw);
    }

    private static BenchmarkResult result(String benchmark, String threads, RawSamples raw) {
        double mean = java.util.Arrays.stream(raw.all()).average().orElse(Double.NaN);
        return new BenchmarkResult("results.json", benchmark, Mode.AVERAGE_TIME, 1, raw.forkCount(),
                Map.of("threads", threads), new Metric(mean, Double.NaN, Double.NaN, Double.NaN, "ms/op", raw.count(),
                        raw), Map.of(), "", "", "");
    }
}
