package dev.boundbench.analysis.stats;

/**
 * The Universal Scalability Law fitted to a curve: X(n) = λn / (1 + σ(n−1) + κn(n−1)).
 *
 * @param sigma σ, the contention (serial) coefficient, dimensionless
 * @param kappa κ, the coherency (crosstalk) coefficient, dimensionless
 * @param lambda λ, the rate of one thread without contention, in the curve's rate unit
 * @param rSquared the coefficient of determination of the fit on the rates
 */
public record UslModel(double sigma, double kappa, double lambda, double rSquared) {

    /** Checks that the coefficients are numbers. */
    public UslModel {
        if (!Double.isFinite(sigma) || !Double.isFinite(kappa) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("USL coefficients must be finite, got σ=" + sigma + " κ=" + kappa
                    + " λ=" + lambda);
        }
    }

    /** The modelled rate at {@code n}. */
    public double rateAt(double n) {
        return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    /** The concurrency of the highest rate, n* = √((1−σ)/κ); NaN when κ ≤ 0 or σ ≥ 1 (no peak). */
    public double peak() {
        return kappa > 0 && sigma < 1 ? Math.sqrt((1 - sigma) / kappa) : Double.NaN;
    }
}
