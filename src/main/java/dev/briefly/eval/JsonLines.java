package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines evaluation files, one object a line. Stateless and thread-safe. */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /** Returns the objects of {@code file}, skipping blank lines; at most {@code limit} when limit > 0. */
    public static List<JsonNode> read(Path file, int limit) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                out.add(MAPPER.readTree(line));
                if (limit > 0 && out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }
}
