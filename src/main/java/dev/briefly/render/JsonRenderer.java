package dev.briefly.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.briefly.Summary;

import java.io.UncheckedIOException;

/**
 * Renders a summary as the JSON documented in {@code docs/json-schema.md}.
 *
 * <p>Thread-safe: the Jackson mapper is configured once and shared.
 */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Returns the shared mapper, configured as this renderer uses it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public String render(Summary summary) {
        try {
            return MAPPER.writeValueAsString(summary) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
