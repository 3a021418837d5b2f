package dev.briefly;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps docs/architecture.md true: every class it names in backticks exists. */
class ArchitectureDocTest {

    /** {@code dev.briefly.x.Y} or {@code x/Y} (a package folder, then a class) inside backticks. */
    private static final Pattern NAME = Pattern.compile(
            "`(dev\\.briefly(?:\\.[a-z]+)*\\.[A-Z]\\w*|[a-z]+/[A-Z]\\w*)`");

    @Test
    void everyClassTheArchitecturePageNamesExists() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(doc);
        while (m.find()) {
            String n = m.group(1);
            names.add(n.startsWith("dev.") ? n : "dev.briefly." + n.replace('/', '.'));
        }
        assertTrue(names.size() >= 30, "the page names the classes of every stage: " + names);
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            try {
                Class.forName(n, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(n);
            }
        }
        assertEquals(List.of(), missing, "classes named in docs/architecture.md that do not exist");
    }

    @Test
    void theNamePatternReadsBothSpellings() {
        Matcher m = NAME.matcher("see `quotes/RuleQuoteFinder` and `dev.briefly.text.ArticleText`, not `briefly/en`");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertEquals(List.of("quotes/RuleQuoteFinder", "dev.briefly.text.ArticleText"), found);
    }
}
