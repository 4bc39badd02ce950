package dev.boundbench.analysis.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the optional {@code environment.json}; a missing file is no problem, a bad one a warning. */
public final class EnvironmentReader {

    /** The file name the suite writes beside {@code results.json}. */
    public static final String FILE_NAME = "environment.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnvironmentReader() {
    }

    /** Reads {@code file} if it exists; problems are added to {@code warnings}. */
    public static Environment read(Path file, List<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return Environment.EMPTY;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            warnings.add(file + ": environment not read, not JSON");
            return Environment.EMPTY;
        }
        if (root == null || !root.isObject()) {
            warnings.add(file + ": environment not read, expected a JSON object");
            return Environment.EMPTY;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode value = e.getValue();
            if (e.getKey().equals("workloadKinds") && value.isObject()) {
                for (Map.Entry<String, JsonNode> k : value.properties()) {
                    kinds.put(k.getKey(), k.getValue().asText());
                }
            } else if (value.isValueNode()) {
                entries.put(e.getKey(), value.asText());
            } else {
                entries.put(e.getKey(), value.toString());
            }
        }
        return new Environment(entries, kinds);
    }
}
