package dev.boundbench.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * A curve with its numbers and fits.
 *
 * @param curve the curve
 * @param points one entry per point, in the curve's order
 * @param amdahl the Amdahl fit, or why there is none
 * @param usl the USL fit, or why there is none
 */
public record CurveStats(Curve curve, List<PointStats> points, FitResult<AmdahlModel> amdahl,
        FitResult<UslModel> usl) {

    /** Checks that nothing is missing and freezes the points. */
    public CurveStats {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(amdahl, "amdahl");
        Objects.requireNonNull(usl, "usl");
        points = List.copyOf(points);
    }

    /** Whether the curve has a one-thread point, so speedups are known. */
    public boolean hasSpeedup() {
        return points.stream().anyMatch(p -> p.speedup().known());
    }
}
