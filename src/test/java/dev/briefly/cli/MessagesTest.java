package dev.briefly.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Checks that file names and reasons cannot split an error line or drive the terminal. */
class MessagesTest {

    @Test
    void controlCharactersInNamesAndReasonsAreEscaped() {
        assertEquals("briefly: d/new\\nline\\u001b[31m.txt: no text \\r\\t\\u202e",
                Messages.error(Path.of("d/new\nline\u001b[31m.txt"), "no text \r\t\u202E"));
    }

    @Test
    void ordinaryNamesAreUntouched() {
        String s = "samples/été – 北京.txt";
        assertSame(s, Messages.oneLine(s));
    }
}
