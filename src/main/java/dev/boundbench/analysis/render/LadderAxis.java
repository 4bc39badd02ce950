package dev.boundbench.analysis.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The threads axis: ticks at the ladder's values (1, 2, 4 … or 1, 10, 100 …), the values that were
 * measured, rather than at a step the axis picks (0.2, 0.5 …). Linear or logarithmic; on a long
 * ladder only every k-th value is labelled, so labels never crowd.
 */
final class LadderAxis {

    /** At most this many labelled ticks. */
    static final int MAX_LABELS = 16;

    private LadderAxis() {
    }

    /** An axis over {@code ladder} (ascending, positive), logarithmic or linear. */
    static ValueAxis of(String label, double[] ladder, boolean log, NumberFormat format) {
        double min = ladder[0];
        double max = ladder[ladder.length - 1];
        if (log) {
            Log axis = new Log(label, ladder, format);
            axis.setStrictValuesFlag(false);
            axis.setRange(min / 1.5, max * 1.5);
            return axis;
        }
        Linear axis = new Linear(label, ladder, format);
        double pad = Math.max((max - min) * 0.05, 0.25);
        axis.setRange(Math.max(0, min - pad), max + pad);
        return axis;
    }

    /**
     * Round values for a logarithmic value axis from {@code min} to {@code max}: 1, 2 and 5 times
     * the powers of ten in between, or every whole multiple of them where that gives fewer than
     * four, so a range within one decade is labelled too.
     */
    static double[] roundLogValues(double min, double max) {
        double[] values = roundLogValues(min, max, new int[] {1, 2, 5});
        return values.length >= 4 ? values : roundLogValues(min, max, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static double[] roundLogValues(double min, double max, int[] multiples) {
        List<Double> values = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(min)); exponent <= (int) Math.ceil(Math.log10(max)); exponent++) {
            for (int m : multiples) {
                double v = Double.parseDouble(m + "e" + exponent);
                if (v >= min && v <= max) {
                    values.add(v);
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One tick per ladder value, labelled when it is the k-th. */
    static List<NumberTick> ticks(double[] ladder, NumberFormat format, RectangleEdge edge) {
        int every = (ladder.length + MAX_LABELS - 1) / MAX_LABELS;
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        TextAnchor anchor = horizontal ? (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
                : (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        List<NumberTick> ticks = new ArrayList<>();
        for (int i = 0; i < ladder.length; i++) {
            String text = i % every == 0 ? format.format(ladder[i]) : "";
            ticks.add(new NumberTick(ladder[i], text, anchor, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /** A linear axis with ladder ticks. */
    private static final class Linear extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double[] ladder;
        private final NumberFormat format;

        Linear(String label, double[] ladder, NumberFormat format) {
            super(label);
            this.ladder = ladder.clone();
            this.format = format;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return ticks(ladder, format, edge);
        }
    }

    /** A logarithmic axis with ladder ticks. */
    private static final class Log extends LogarithmicAxis {
        private static final long serialVersionUID = 1L;
        private final double[] ladder;
        private final NumberFormat format;

        Log(String label, double[] ladder, NumberFormat format) {
            super(label);
            this.ladder = ladder.clone();
            this.format = format;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return ticks(ladder, format, edge);
        }
    }
}
