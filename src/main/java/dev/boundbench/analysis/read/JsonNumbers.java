package dev.boundbench.analysis.read;

import com.fasterxml.jackson.databind.JsonNode;

/** JMH's numbers: plain JSON numbers, or the strings {@code "NaN"}, {@code "+INF"}, {@code "-INF"}. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * The number in {@code node}, NaN when the node is missing or null.
     *
     * @throws IllegalArgumentException when the node is neither a number nor a number string
     */
    static double read(JsonNode node, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "+INF", "INF", "Infinity", "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-INF", "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        // falls through to the message below
                    }
            }
        }
        throw new IllegalArgumentException("\"" + what + "\" is not a number: " + node);
    }
}
