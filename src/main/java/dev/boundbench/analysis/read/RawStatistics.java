package dev.boundbench.analysis.read;

import org.apache.commons.math3.distribution.TDistribution;

/** A 99.9 % confidence half-width from raw measurements, the way JMH computes its score error. */
final class RawStatistics {

    /** JMH's confidence level. */
    static final double CONFIDENCE = 0.999;

    private double count;
    private double sum;
    private double sumOfSquares;

    void add(double value, double weight) {
        if (Double.isFinite(value) && weight > 0) {
            count += weight;
            sum += value * weight;
            sumOfSquares += value * value * weight;
        }
    }

    double count() {
        return count;
    }

    double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The half-width of the 99.9 % Student-t interval of the mean; NaN below two values. */
    double halfWidth() {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = sum / count;
        double variance = Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
        double t = new TDistribution(null, count - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * Math.sqrt(variance / count);
    }
}
