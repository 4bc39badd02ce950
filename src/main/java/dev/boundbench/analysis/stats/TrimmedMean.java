package dev.boundbench.analysis.stats;

import java.util.Arrays;

/**
 * The 20 % trimmed mean of a sample and its standard error after Yuen (<i>The two-sample trimmed t
 * for unequal population variances</i>, Biometrika 1974), as Wilcox recommends for heavy-tailed
 * data (<i>Introduction to Robust Estimation and Hypothesis Testing</i>): the mean of the middle
 * values once the lowest and highest fifth are set aside, whose error comes from the winsorized
 * variance, with {@code h − 1} degrees of freedom for the {@code h} values kept. A few stretched
 * units move it little; on normal data it is about 94 % as efficient as the mean.
 *
 * @param value the trimmed mean
 * @param standardError its standard error
 * @param degreesOfFreedom for Student's t: the values kept less one
 */
record TrimmedMean(double value, double standardError, int degreesOfFreedom) {

    /** The share set aside at each end. */
    static final double TRIM = 0.2;

    /** The trimmed mean of {@code values} (two or more). */
    static TrimmedMean of(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a trimmed mean's error needs 2 values or more, got " + n);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int g = (int) Math.floor(TRIM * n);
        int kept = n - 2 * g;
        double sum = 0;
        for (int i = g; i < n - g; i++) {
            sum += sorted[i];
        }
        double trimmed = sum / kept;
        double winsorizedSum = 0;
        double[] winsorized = new double[n];
        for (int i = 0; i < n; i++) {
            winsorized[i] = sorted[Math.min(Math.max(i, g), n - g - 1)];
            winsorizedSum += winsorized[i];
        }
        double winsorizedMean = winsorizedSum / n;
        double squares = 0;
        for (double w : winsorized) {
            squares += (w - winsorizedMean) * (w - winsorizedMean);
        }
        double standardError = Math.sqrt(squares / ((double) kept * (kept - 1)));
        return new TrimmedMean(trimmed, standardError, kept - 1);
    }
}
