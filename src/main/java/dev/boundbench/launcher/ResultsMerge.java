package dev.boundbench.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JMH result entries of an earlier run with some of them measured again: each new entry takes the
 * place of the earlier one of the same benchmark, mode, JMH thread count and parameters, so the
 * file keeps the earlier order; a new entry with no earlier twin goes at the end.
 */
final class ResultsMerge {

    private ResultsMerge() {
    }

    /** A new array: {@code base} with each entry of {@code measured} in its twin's place. */
    static ArrayNode merge(ArrayNode base, ArrayNode measured) {
        Map<String, JsonNode> replacements = new LinkedHashMap<>();
        measured.forEach(entry -> replacements.put(key(entry), entry));
        ArrayNode merged = base.arrayNode();
        for (JsonNode entry : base) {
            JsonNode replacement = replacements.remove(key(entry));
            merged.add(replacement != null ? replacement : entry);
        }
        replacements.values().forEach(merged::add);
        return merged;
    }

    /** "benchmark|mode|threads|a=1,b=2": what tells one JMH entry from another, parameters in name order. */
    static String key(JsonNode entry) {
        Map<String, String> params = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = entry.path("params").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            params.put(field.getKey(), field.getValue().asText());
        }
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> pairs.add(name + "=" + value));
        return entry.path("benchmark").asText() + "|" + entry.path("mode").asText() + "|"
                + entry.path("threads").asText() + "|" + String.join(",", pairs);
    }
}
