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

    /**
     * Keeps the library a library: no source outside {@code cli/} and {@code serve/} imports either, picocli or
     * Jetty (optional jars a host does not get), and the web app does not import the command line.
     */
    @Test
    void theLibraryNeverRefersToTheCommandLineOrTheServer() throws Exception {
        Path root = Path.of("src/main/java/dev/briefly");
        Pattern forbidden = Pattern.compile("^import (static )?(dev\\.briefly\\.(cli|serve)\\.|picocli\\.|org\\.eclipse\\.jetty\\.)",
                Pattern.MULTILINE);
        Pattern serveForbidden = Pattern.compile("^import (static )?(dev\\.briefly\\.cli\\.|picocli\\.)", Pattern.MULTILINE);
        List<String> offenders = new ArrayList<>();
        int library = 0;
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String src = Files.readString(f, StandardCharsets.UTF_8);
                if (rel.startsWith("cli/")) {
                    continue;
                }
                boolean serve = rel.startsWith("serve/");
                library += serve ? 0 : 1;
                Matcher m = (serve ? serveForbidden : forbidden).matcher(src);
                if (m.find() || !serve && src.matches("(?s).*\\bdev\\.briefly\\.(cli|serve)\\.[A-Z].*")) {
                    offenders.add(rel);
                }
            }
        }
        assertTrue(library > 100, "the library's sources were found: " + library);
        assertEquals(List.of(), offenders, "sources that refer to the command line or the web server");
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
