package dev.boundbench.analysis.stats;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits Amdahl's law and the Universal Scalability Law to rates X(n) by nonlinear least squares
 * (commons-math3 {@link LevenbergMarquardtOptimizer}), from a few starting points, keeping the best.
 */
public final class ScalabilityFitter {

    /** The fewest points an Amdahl fit takes (two coefficients and one degree of freedom). */
    public static final int AMDAHL_MIN_POINTS = 3;

    /** The fewest points a USL fit takes (three coefficients and one degree of freedom). */
    public static final int USL_MIN_POINTS = 4;

    private static final double[] SIGMA_STARTS = {0.05, 0.3, 0.001};
    private static final double[] KAPPA_STARTS = {1e-4, 1e-2, 1e-6};

    private ScalabilityFitter() {
    }

    /**
     * Fits the USL to rates {@code x} at concurrencies {@code n}.
     *
     * @param n the concurrencies, positive
     * @param x the rates (more is better), positive, in any unit
     */
    public static FitResult<UslModel> usl(double[] n, double[] x) {
        String bad = check(n, x, USL_MIN_POINTS, "USL");
        if (bad != null) {
            return FitResult.none(bad);
        }
        double[] best = bestFit(n, x, true);
        if (best == null) {
            return FitResult.none("the USL fit did not converge");
        }
        UslModel raw = new UslModel(best[1], best[2], best[0], Double.NaN);
        return FitResult.of(new UslModel(best[1], best[2], best[0], rSquared(n, x, raw::rateAt)));
    }

    /**
     * Fits Amdahl's law to rates {@code x} at concurrencies {@code n}.
     *
     * @param n the concurrencies, positive
     * @param x the rates (more is better), positive, in any unit
     */
    public static FitResult<AmdahlModel> amdahl(double[] n, double[] x) {
        String bad = check(n, x, AMDAHL_MIN_POINTS, "Amdahl");
        if (bad != null) {
            return FitResult.none(bad);
        }
        double[] best = bestFit(n, x, false);
        if (best == null) {
            return FitResult.none("the Amdahl fit did not converge");
        }
        AmdahlModel raw = new AmdahlModel(best[1], best[0], Double.NaN);
        return FitResult.of(new AmdahlModel(best[1], best[0], rSquared(n, x, raw::rateAt)));
    }

    private static String check(double[] n, double[] x, int minPoints, String model) {
        if (n.length != x.length) {
            throw new IllegalArgumentException("Needs as many rates as concurrencies, got " + x.length + " and "
                    + n.length);
        }
        if (n.length < minPoints) {
            return "too few points for " + model + ": needs " + minPoints + ", has " + n.length;
        }
        for (int i = 0; i < n.length; i++) {
            if (!(n[i] > 0) || !(x[i] > 0) || !Double.isFinite(n[i]) || !Double.isFinite(x[i])) {
                return "cannot fit " + model + ": point " + (i + 1) + " is not positive (n=" + n[i] + ", X=" + x[i]
                        + ")";
            }
        }
        return null;
    }

    /** [λ, σ, κ] (κ = 0 without coherency) of the lowest cost over the starting points, or null. */
    private static double[] bestFit(double[] n, double[] x, boolean withKappa) {
        int first = 0;
        for (int i = 1; i < n.length; i++) {
            if (n[i] < n[first]) {
                first = i;
            }
        }
        // Rates are scaled so that λ starts near 1; λ is scaled back at the end.
        double unit = x[first] / n[first];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / unit;
        }
        MultivariateJacobianFunction model = withKappa ? usl(n) : amdahl(n);
        List<double[]> starts = new ArrayList<>();
        starts.add(linearStart(n, y, withKappa));
        starts.add(withKappa ? new double[] {1, SIGMA_STARTS[0], KAPPA_STARTS[0]} : new double[] {1, SIGMA_STARTS[0]});
        double[] best = bestOf(starts, model, y, unit, withKappa);
        if (best == null) {
            // Neither the linearised start nor the default converged: try a grid of starts.
            starts.clear();
            for (double sigma : SIGMA_STARTS) {
                for (double kappa : withKappa ? KAPPA_STARTS : new double[] {0}) {
                    starts.add(withKappa ? new double[] {1, sigma, kappa} : new double[] {1, sigma});
                }
            }
            best = bestOf(starts, model, y, unit, withKappa);
        }
        return best;
    }

    private static double[] bestOf(List<double[]> starts, MultivariateJacobianFunction model, double[] y, double unit,
            boolean withKappa) {
        LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer();
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            if (!allFinite(start)) {
                continue;
            }
            try {
                LeastSquaresOptimizer.Optimum optimum = optimizer.optimize(new LeastSquaresBuilder()
                        .start(start).model(model).target(y).maxEvaluations(5_000).maxIterations(5_000).build());
                double[] p = optimum.getPoint().toArray();
                double cost = optimum.getCost();
                if (cost < bestCost && allFinite(p)) {
                    bestCost = cost;
                    best = new double[] {p[0] * unit, p[1], withKappa ? p[2] : 0};
                }
            } catch (RuntimeException e) {
                // This start diverged (commons-math3 throws on too many evaluations); try the next.
            }
        }
        return best;
    }

    /**
     * A start from the linearised model: with λ = 1, n/C(n) − 1 = σ(n−1) + κn(n−1), a linear least
     * squares problem in σ and κ (σ alone for Amdahl) solved by its normal equations.
     */
    private static double[] linearStart(double[] n, double[] y, boolean withKappa) {
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double saz = 0;
        double sbz = 0;
        for (int i = 0; i < n.length; i++) {
            double a = n[i] - 1;
            double b = n[i] * (n[i] - 1);
            double z = n[i] / y[i] - 1;
            saa += a * a;
            sab += a * b;
            sbb += b * b;
            saz += a * z;
            sbz += b * z;
        }
        if (!withKappa) {
            return new double[] {1, saa > 0 ? saz / saa : SIGMA_STARTS[0]};
        }
        double det = saa * sbb - sab * sab;
        if (!(Math.abs(det) > 0)) {
            return new double[] {1, SIGMA_STARTS[0], KAPPA_STARTS[0]};
        }
        return new double[] {1, (saz * sbb - sbz * sab) / det, (saa * sbz - sab * saz) / det};
    }

    private static boolean allFinite(double[] p) {
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static MultivariateJacobianFunction usl(double[] n) {
        return point -> {
            double lambda = point.getEntry(0);
            double sigma = point.getEntry(1);
            double kappa = point.getEntry(2);
            RealVector value = new ArrayRealVector(n.length);
            Array2DRowRealMatrix jacobian = new Array2DRowRealMatrix(n.length, 3);
            for (int i = 0; i < n.length; i++) {
                double d = 1 + sigma * (n[i] - 1) + kappa * n[i] * (n[i] - 1);
                double f = lambda * n[i] / d;
                value.setEntry(i, f);
                jacobian.setEntry(i, 0, n[i] / d);
                jacobian.setEntry(i, 1, -f * (n[i] - 1) / d);
                jacobian.setEntry(i, 2, -f * n[i] * (n[i] - 1) / d);
            }
            return new Pair<>(value, jacobian);
        };
    }

    private static MultivariateJacobianFunction amdahl(double[] n) {
        return point -> {
            double lambda = point.getEntry(0);
            double sigma = point.getEntry(1);
            RealVector value = new ArrayRealVector(n.length);
            Array2DRowRealMatrix jacobian = new Array2DRowRealMatrix(n.length, 2);
            for (int i = 0; i < n.length; i++) {
                double d = 1 + sigma * (n[i] - 1);
                double f = lambda * n[i] / d;
                value.setEntry(i, f);
                jacobian.setEntry(i, 0, n[i] / d);
                jacobian.setEntry(i, 1, -f * (n[i] - 1) / d);
            }
            return new Pair<>(value, jacobian);
        };
    }

    private static double rSquared(double[] n, double[] x, java.util.function.DoubleUnaryOperator model) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n.length; i++) {
            double r = x[i] - model.applyAsDouble(n[i]);
            residual += r * r;
            total += (x[i] - mean) * (x[i] - mean);
        }
        return total > 0 ? 1 - residual / total : Double.NaN;
    }
}
