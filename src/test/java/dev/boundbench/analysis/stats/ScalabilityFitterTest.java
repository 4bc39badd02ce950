package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Known-answer tests of the Amdahl and USL fits. */
class ScalabilityFitterTest {

    /** Relative tolerance of the known answers: 0.02 %. */
    private static final double TOLERANCE = 0.0002;

    /**
     * The Cisco benchmark of Baron Schwartz's "Practical Scalability Analysis with the Universal
     * Scalability Law": throughput at concurrency 1 to 32.
     */
    private static final double[] CISCO = {955.16, 1878.91, 2688.01, 3548.68, 4315.54, 5130.43, 5931.37,
        6531.08, 7219.8, 7867.61, 8278.71, 8646.7, 9047.84, 9426.55, 9645.37, 9897.24, 10097.6, 10240.5,
        10532.39, 10798.52, 11151.43, 11518.63, 11806, 12089.37, 12075.41, 12177.29, 12211.41, 12158.93,
        12155.27, 12118.04, 12140.4, 12074.39};

    private static double[] oneTo(int count) {
        double[] n = new double[count];
        for (int i = 0; i < count; i++) {
            n[i] = i + 1;
        }
        return n;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * TOLERANCE, what);
    }

    @Test
    void usl_ciscoBenchmark_matchesPublishedModel() {
        UslModel model = ScalabilityFitter.usl(oneTo(CISCO.length), CISCO).model();

        assertClose(0.02671591, model.sigma(), "σ");
        assertClose(7.690945e-4, model.kappa(), "κ");
        assertClose(995.6486, model.lambda(), "λ");
        assertEquals(35, (int) Math.floor(model.peak()), "peak n");
        assertClose(12341, model.rateAt(model.peak()), "peak X");
        assertTrue(model.rSquared() > 0.99, "R² " + model.rSquared());
    }

    @Test
    void amdahl_syntheticCurve_recoversSerialFraction() {
        double[] n = {1, 2, 4, 8, 16, 32, 64};
        double[] x = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            // 5 % serial, 250 ops/s per thread, with a small known wobble of ±0.1 %.
            x[i] = 250 * n[i] / (1 + 0.05 * (n[i] - 1)) * (1 + (i % 2 == 0 ? 0.001 : -0.001));
        }

        AmdahlModel model = ScalabilityFitter.amdahl(n, x).model();

        assertEquals(0.05, model.serialFraction(), 0.05 * 0.01, "serial fraction within 1 %");
        assertEquals(250, model.lambda(), 250 * 0.005, "λ within 0.5 %");
        assertEquals(20, model.speedupLimit(), 20 * 0.01);
        assertTrue(model.rSquared() > 0.9999, "R² " + model.rSquared());
    }

    @Test
    void amdahl_exactCurve_matchesToTolerance() {
        double[] n = {1, 2, 3, 4, 6, 8};
        double[] x = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            x[i] = 40 * n[i] / (1 + 0.2 * (n[i] - 1));
        }

        AmdahlModel model = ScalabilityFitter.amdahl(n, x).model();

        assertClose(0.2, model.serialFraction(), "s");
        assertClose(40, model.lambda(), "λ");
    }

    @Test
    void usl_threePoints_saysTooFew() {
        FitResult<UslModel> fit = ScalabilityFitter.usl(new double[] {1, 2, 4}, new double[] {1, 1.9, 3.5});

        assertFalse(fit.fitted());
        assertEquals("too few points for USL: needs 4, has 3", fit.reason());
    }

    @Test
    void amdahl_twoPoints_saysTooFew() {
        FitResult<AmdahlModel> fit = ScalabilityFitter.amdahl(new double[] {1, 2}, new double[] {1, 1.9});

        assertEquals("too few points for Amdahl: needs 3, has 2", fit.reason());
    }
}
