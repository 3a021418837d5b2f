package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.JarRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Makes the reports the browser tests open, once per test JVM, with the packaged command line as a user would:
 * {@code briefly summarize --format html --output target/browser-it/out} over a folder holding the seed and a
 * hostile article (markup, an event handler and a {@code javascript:} link as text). Thread-safe (synchronized).
 */
final class ReportPages {

    /** The seed article the README shows. */
    static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");

    /** An article whose text is made to run script if any of it reached the page unescaped. */
    static final String HOSTILE = "<script>alert(1)</script> Mayor John Smith opened the bridge on Monday in "
            + "Springfield, the council said.\n\n"
            + "\"Stop </script><script>alert(2)</script> now\", said John Smith, who runs \"><img src=x "
            + "onerror=alert(3)> and <a href=\"javascript:alert(4)\">this link</a> and "
            + "<img src=\"http://127.0.0.1:9/pixel.gif\"> too.\n\n"
            + "The council of Springfield said <!-- <style>@import url(http://127.0.0.1:9/x.css)</style> "
            + "the bridge cost 3 million dollars. <svg onload=alert(5)> Critics said the price was too high for "
            + "the town, and <iframe src=\"javascript:alert(6)\"></iframe> the mayor disagreed.\n";

    private static final Path DIR = Path.of("target", "browser-it");
    private static boolean made;
    private static AssertionError failure;

    private ReportPages() {
    }

    /** Returns the seed's report. */
    static Path seed() throws IOException, InterruptedException {
        return make().resolve("seed.txt.summary.html");
    }

    /** Returns the hostile article's report. */
    static Path hostile() throws IOException, InterruptedException {
        return make().resolve("hostile.txt.summary.html");
    }

    /** Returns the folder's index page. */
    static Path index() throws IOException, InterruptedException {
        return make().resolve("index.html");
    }

    /**
     * Returns the seed's report with its summary and quotes translated into Spanish by Apertium (skipping the test
     * when Apertium is not installed; setup.sh installs it).
     */
    static synchronized Path translated() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apertium")),
                "apertium not installed: the translated report is not tested (./setup.sh installs it)");
        Path page = DIR.resolve("seed-es.html");
        if (stale(page)) {
            Files.createDirectories(DIR);
            JarRunner.Run run = JarRunner.run(null, "768m", 600, "summarize", "--format", "html", "--timeout", "0",
                    "--translate-to", "es", "--output", page.toString(), SEED.toString());
            assertEquals(0, run.exit(), run.err());
        }
        return page;
    }

    /**
     * An article with damage of every kind the text stage repairs: a soft hyphen inside a word, a word and a
     * compound hyphenated at line breaks, a zero-width space, a control character and a decomposed accent.
     */
    static final String DAMAGED = "The city coun\u00ADcil of Springfield approved the new bridge on Monday after a long "
            + "inter-\nnational debate about its cost and a well-\nknown critic's report.\n\n"
            + "Mayor Ann Lee said the bud\u200Bget was safe and that building would start in May.\n\n"
            + "The cafe\u0301 owners near the river said the bridge would bring\u0007 more customers to the town.\n\n"
            + "Critics said the price of the bridge was too high for a town of its size.\n";

    /** Returns the report of {@link #DAMAGED}, made by the packaged command line with grammar off. */
    static synchronized Path damaged() throws IOException, InterruptedException {
        Path page = DIR.resolve("damaged.html");
        if (stale(page)) {
            Files.createDirectories(DIR);
            Path in = DIR.resolve("damaged.txt");
            Files.writeString(in, DAMAGED, StandardCharsets.UTF_8);
            JarRunner.Run run = JarRunner.run(null, "768m", 600, "summarize", "--format", "html", "--grammar", "off",
                    "--output", page.toString(), in.toString());
            assertEquals(0, run.exit(), run.err());
        }
        return page;
    }

    /** Tells whether {@code page} must be made (again): it is missing or older than the jar that makes it. */
    private static boolean stale(Path page) throws IOException {
        return !Files.exists(page)
                || Files.getLastModifiedTime(page).compareTo(Files.getLastModifiedTime(JarRunner.jar())) < 0;
    }

    /** Returns the JSON a report page embeds in {@code script#briefly-data}, read from the file. */
    static JsonNode embeddedJson(Path report) throws IOException {
        String html = Files.readString(report, StandardCharsets.UTF_8);
        String open = "<script type=\"application/json\" id=\"briefly-data\">";
        int from = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    }

    private static synchronized Path make() throws IOException, InterruptedException {
        Path out = DIR.resolve("out");
        if (failure != null) {
            throw new AssertionError("the reports could not be made", failure);
        }
        if (!made) {
            Path in = DIR.resolve("in");
            Files.createDirectories(in);
            Files.copy(SEED, in.resolve("seed.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(in.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
            // No per-input limit: a loaded machine may take over the default minute to load LanguageTool; the
            // runner's own limit still ends a run that hangs.
            JarRunner.Run run = JarRunner.run(null, "768m", 600, "summarize", "--format", "html", "--timeout", "0",
                    "--output", out.toString(), in.toString());
            try {
                assertEquals(0, run.exit(), run.err());
            } catch (AssertionError e) {
                failure = e;
                throw e;
            }
            made = true;
        }
        return out;
    }
}
