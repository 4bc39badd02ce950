package dev.boundbench.analysis.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Engines as users type them: JMH writes an enum {@code @Param} as its constant
 * ({@code PLATFORM_POOL}), the launcher takes {@code platform-pool}; reports show the latter. Any
 * value in enum-constant style is turned into lower case with hyphens; other values stay as they are.
 */
public final class EngineName {

    /** The parameter that names the engine. */
    public static final String PARAM = "engine";

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private EngineName() {
    }

    /** {@code PLATFORM_POOL → platform-pool}; a value not in constant style is returned unchanged. */
    public static String of(String value) {
        return value != null && CONSTANT.matcher(value).matches()
                ? value.toLowerCase(Locale.ROOT).replace('_', '-') : value;
    }

    /**
     * {@code platform-pool → PLATFORM_POOL}, as JMH writes the enum {@code @Param}; a name that would
     * not come back unchanged through {@link #of} is returned as it is.
     */
    public static String constant(String typed) {
        String constant = typed.toUpperCase(Locale.ROOT).replace('-', '_');
        return CONSTANT.matcher(constant).matches() && of(constant).equals(typed) ? constant : typed;
    }

    /** {@code name=value} pairs, comma separated, the engine's value as users type it. */
    public static String paramsText(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getKey().equals(PARAM) ? of(e.getValue()) : e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
