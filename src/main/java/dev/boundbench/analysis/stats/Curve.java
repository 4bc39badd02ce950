package dev.boundbench.analysis.stats;

import dev.boundbench.analysis.read.BenchmarkResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The benchmarks of one key along the scale, ordered by scale value.
 *
 * @param key what the points share
 * @param scale the scaling variable
 * @param points the points, ascending in {@code n}, no two with the same {@code n}
 */
public record Curve(CurveKey key, Scale scale, List<Point> points) {

    /** Checks the order of the points and freezes them. */
    public Curve {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scale, "scale");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A curve needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i - 1).n() < points.get(i).n())) {
                throw new IllegalArgumentException("Points must ascend in n, got " + points.get(i - 1).n()
                        + " before " + points.get(i).n());
            }
        }
    }

    /** The distinct files the points were read from, comma separated. */
    public String sources() {
        return points.stream().map(p -> p.result().source()).distinct().collect(Collectors.joining(", "));
    }

    /**
     * One benchmark at one scale value.
     *
     * @param n the scale value (threads, by default)
     * @param result the benchmark
     */
    public record Point(double n, BenchmarkResult result) {

        /** Checks the values. */
        public Point {
            Objects.requireNonNull(result, "result");
            if (!Double.isFinite(n)) {
                throw new IllegalArgumentException("Scale value must be finite, got " + n);
            }
        }
    }
}
