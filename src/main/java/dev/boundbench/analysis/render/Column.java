package dev.boundbench.analysis.render;

import java.util.Objects;

/**
 * One column of a {@link MarkdownTable}: its header and whether its cells sit to the left (text)
 * or to the right (numbers).
 *
 * @param header the header, as markdown
 * @param right whether the cells are right-aligned
 */
public record Column(String header, boolean right) {

    /** Checks the header. */
    public Column {
        Objects.requireNonNull(header, "header");
    }

    /** A column of text, e.g. {@code Column.left("engine")}. */
    public static Column left(String header) {
        return new Column(header, false);
    }

    /** A column of numbers, e.g. {@code Column.right("score")}. */
    public static Column right(String header) {
        return new Column(header, true);
    }
}
