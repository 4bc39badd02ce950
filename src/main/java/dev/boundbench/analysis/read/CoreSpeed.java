package dev.boundbench.analysis.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed of one core the launcher measured before a run, the {@code cpuSpeed} entry of
 * {@code environment.json}: {@code {"microsPerCall": 254.0, "rounds": 15, "spreadPercent": 80}}.
 * Files written before it was a number object hold the sentence
 * "fib(24) on one thread: 254 µs per call (median of 15 rounds; spread 80 %)", read as well.
 *
 * @param microsPerCall the median time of one {@code fib(24)} call, in microseconds
 * @param rounds how many rounds the median is of; 0 when not recorded
 * @param spreadPercent (slowest − fastest round) / median, in percent; NaN when not recorded
 */
public record CoreSpeed(double microsPerCall, int rounds, double spreadPercent) {

    /** The entry in {@code environment.json}. */
    public static final String ENTRY = "cpuSpeed";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern PROSE = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?) µs per call(?: \\(median of ([0-9]+) rounds; spread ([0-9]+(?:\\.[0-9]+)?) %\\))?");

    /** Checks the values. */
    public CoreSpeed {
        if (!(microsPerCall > 0) || rounds < 0) {
            throw new IllegalArgumentException("Needs microsPerCall > 0 and rounds >= 0, got " + microsPerCall + " and "
                    + rounds);
        }
    }

    /** The speed in {@code environment}, or empty when it recorded none or none that reads. */
    public static Optional<CoreSpeed> of(Environment environment) {
        return of(environment.entries().get(ENTRY));
    }

    /** The speed in an entry's text: the number object as JSON, or the older sentence; empty when neither. */
    public static Optional<CoreSpeed> of(String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        return entry.strip().startsWith("{") ? fromJson(entry) : fromProse(entry);
    }

    private static Optional<CoreSpeed> fromJson(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            double micros = node.path("microsPerCall").asDouble(Double.NaN);
            if (!node.path("microsPerCall").isNumber() || !(micros > 0)) {
                return Optional.empty();
            }
            JsonNode spread = node.path("spreadPercent");
            return Optional.of(new CoreSpeed(micros, Math.max(0, node.path("rounds").asInt(0)),
                    spread.isNumber() ? spread.asDouble() : Double.NaN));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<CoreSpeed> fromProse(String prose) {
        Matcher m = PROSE.matcher(prose);
        if (!m.find() || !(Double.parseDouble(m.group(1)) > 0)) {
            return Optional.empty();
        }
        return Optional.of(new CoreSpeed(Double.parseDouble(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? Double.NaN : Double.parseDouble(m.group(3))));
    }

    /** "fib(24) on one thread: 254 µs per call (median of 15 rounds; spread 80 %)", without what was not recorded. */
    public String describe() {
        String head = String.format(Locale.ROOT, "fib(24) on one thread: %.0f µs per call", microsPerCall);
        if (rounds == 0 && Double.isNaN(spreadPercent)) {
            return head;
        }
        String median = rounds == 0 ? "median" : "median of " + rounds + " rounds";
        return head + " (" + median + (Double.isNaN(spreadPercent) ? ""
                : String.format(Locale.ROOT, "; spread %.0f %%", spreadPercent)) + ")";
    }
}
