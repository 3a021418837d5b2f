package dev.briefly.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.BrieflyException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ApiErrorTest {

    @Test
    void brieflysReasonsMapToTheStatusesTheApiPromises() {
        assertEquals(413, ApiError.statusOf("file too large: 9 bytes (limit 8)"));
        assertEquals(413, ApiError.statusOf("input too large: over 8 bytes"));
        assertEquals(422, ApiError.statusOf("unsupported language: Swahili (sw); supported: en"));
        assertEquals(422, ApiError.statusOf("cannot tell the language of the text; name it with --lang"));
        assertEquals(415, ApiError.statusOf("ingest: PDF needs org.apache.tika:tika-parsers-standard-package on the "
                + "class path"));
        assertEquals(415, ApiError.statusOf("no text found in image/png document"));
        assertEquals(400, ApiError.statusOf("no text found in application/octet-stream document"));
        assertEquals(400, ApiError.statusOf("no readable text: the content looks like binary data"));
    }

    @Test
    void anyFailureBecomesOneLineWithoutItsStack() throws Exception {
        ApiError bad = ApiError.of(new UncheckedIOException(new BrieflyException("empty file (0 bytes)")));
        assertEquals(400, bad.status());
        assertEquals("empty file (0 bytes)", bad.reason());
        assertEquals(400, ApiError.of(new IllegalArgumentException("grammar must be off, report or fix: x")).status());
        ApiError bug = ApiError.of(new NullPointerException());
        assertEquals(500, bug.status());
        assertEquals("internal error: NullPointerException", bug.reason());
        assertEquals(0, bug.getStackTrace().length, "no stack is even recorded");
        JsonNode json = new ObjectMapper().readTree(ApiError.of(new IllegalStateException("two\nlines")).json());
        assertEquals(500, json.get("status").asInt());
        assertEquals("Internal Server Error", json.get("error").asText());
        assertEquals("internal error: two lines", json.get("reason").asText());
        assertFalse(json.has("trace"));
    }
}
