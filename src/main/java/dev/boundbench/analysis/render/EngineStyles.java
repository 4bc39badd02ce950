package dev.boundbench.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/**
 * One colour and one marker per engine, the same in every chart: the suite's engines have fixed
 * styles, and any other engine takes the next free style in order of name, so a report's charts
 * agree with each other and with every other report of the same engines. Curves of one engine on
 * several machines keep its colour and marker and differ by {@link #line(int) line}.
 */
final class EngineStyles {

    /** The suite's engines as users type them, each owning the style of its position. */
    static final List<String> KNOWN = List.of("sequential", "platform-pool", "thread-per-task", "virtual",
            "fork-join", "process-pool");

    /**
     * Okabe–Ito's colours, which stay apart for colour-blind readers, without its yellow: black for
     * the baseline, then one per engine, then two more (sky blue, and Tol's olive) for other engines.
     */
    private static final Color[] PALETTE = {Color.BLACK, new Color(0x0072B2), new Color(0xE69F00),
        new Color(0x009E73), new Color(0xCC79A7), new Color(0xD55E00), new Color(0x56B4E9), new Color(0x999933)};

    /** JFreeChart's ten standard markers: square, circle, triangles, diamond, rectangles, ellipse. */
    private static final Shape[] MARKERS = DefaultDrawingSupplier.createStandardSeriesShapes();

    /** Line patterns (dash lengths in pixels) that tell one engine's machines apart: solid first. */
    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {9f, 4f, 2f, 4f}, {16f, 5f}};

    private final Map<String, Integer> slots = new HashMap<>();

    /** The styles of {@code engines}: the known ones at their places, the others after them by name. */
    EngineStyles(Collection<String> engines) {
        for (int i = 0; i < KNOWN.size(); i++) {
            slots.put(KNOWN.get(i), i);
        }
        engines.stream().filter(Objects::nonNull).distinct().sorted().filter(e -> !slots.containsKey(e))
                .forEach(e -> slots.put(e, slots.size()));
    }

    /** The colour of {@code engine}; beyond the palette, hues a golden angle apart. */
    Color colour(String engine) {
        int slot = slot(engine);
        return slot < PALETTE.length ? PALETTE[slot]
                : Color.getHSBColor((float) ((slot - PALETTE.length) * 0.381966 % 1.0), 0.7f, 0.7f);
    }

    /** The marker of {@code engine}. */
    Shape marker(String engine) {
        return MARKERS[slot(engine) % MARKERS.length];
    }

    /** The line of the {@code index}-th machine: solid, dashed, dotted, dash-dot, long dashes, then again. */
    static Stroke line(int index) {
        float[] dash = DASHES[index % DASHES.length];
        return dash == null ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private int slot(String engine) {
        Integer slot = slots.get(engine);
        if (slot == null) {
            throw new IllegalArgumentException("No style for engine \"" + engine + "\"; known: " + slots.keySet());
        }
        return slot;
    }
}
