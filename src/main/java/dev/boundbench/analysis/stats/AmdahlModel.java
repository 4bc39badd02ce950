package dev.boundbench.analysis.stats;

/**
 * Amdahl's law fitted to a curve: X(n) = λn / (1 + s(n−1)), the USL without coherency.
 *
 * @param serialFraction s, the fraction of the work that does not run in parallel, dimensionless
 * @param lambda λ, the rate of one thread, in the curve's rate unit
 * @param rSquared the coefficient of determination of the fit on the rates
 */
public record AmdahlModel(double serialFraction, double lambda, double rSquared) {

    /** Checks that the coefficients are numbers. */
    public AmdahlModel {
        if (!Double.isFinite(serialFraction) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("Amdahl coefficients must be finite, got s=" + serialFraction
                    + " λ=" + lambda);
        }
    }

    /** The modelled rate at {@code n}. */
    public double rateAt(double n) {
        return lambda * n / (1 + serialFraction * (n - 1));
    }

    /** The highest speedup any n can give, 1/s; infinite when s ≤ 0. */
    public double speedupLimit() {
        return serialFraction > 0 ? 1 / serialFraction : Double.POSITIVE_INFINITY;
    }
}
