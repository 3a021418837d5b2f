package dev.briefly.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates with a locally installed Apertium ({@code apertium MODE}), one process per batch.
 *
 * <p>All lines of one call go through one process, as {@link ApertiumBatch} says. Thread-safe: every call runs its
 * own process.
 */
public final class ApertiumTranslator extends PairTranslator {

    /** Mode names such as {@code eng-spa}, {@code es-pt_BR}, {@code eng-cat_valencia_uni}. */
    private static final Pattern MODE = Pattern.compile("([a-z]{2,3})-([a-z]{2,3})(?:_([A-Za-z0-9_]+))?");

    /**
     * Apertium modes that write a language's text in the script its analysers read, by the source code of the
     * pairs that need them: the Serbo-Croatian analysers read the Latin alphabet, and Serbian news is often in
     * Cyrillic, which they would pass through untranslated.
     */
    private static final Map<String, String> SCRIPT_MODES = Map.of("hbs", "Cyrl-Latn");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final String executable;
    private volatile Set<String> modes = Set.of();
    private final Duration timeout;
    private final boolean keepMarks;

    /** Creates a translator running {@code apertium} from the PATH, removing unknown-word marks. */
    public ApertiumTranslator() {
        this("apertium", null, false, Duration.ofSeconds(60));
    }

    /**
     * Creates a translator.
     *
     * @param executable the apertium program (a name on the PATH or a path)
     * @param variant    the preferred target variant (e.g. {@code valencia}), null for the plain one
     * @param keepMarks  whether to keep Apertium's marks of unknown ({@code *}), untranslated ({@code @}) and
     *                   ungenerated ({@code #}) words
     * @param timeout    the longest one Apertium run may take
     */
    public ApertiumTranslator(String executable, String variant, boolean keepMarks, Duration timeout) {
        super(variant);
        this.executable = Objects.requireNonNull(executable, "executable");
        this.keepMarks = keepMarks;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String name() {
        return "apertium";
    }

    @Override
    protected List<LanguagePair> loadPairs() throws IOException {
        String listing = run(List.of(executable, "-l"), "");
        modes = Set.copyOf(listing.lines().map(String::strip).toList());
        return parseModes(listing);
    }

    /** Returns the pairs named by the mode list {@code apertium -l} prints, skipping names of another form. */
    static List<LanguagePair> parseModes(String listing) {
        List<LanguagePair> out = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String mode = line.strip();
            Matcher m = MODE.matcher(mode);
            if (m.matches()) {
                out.add(new LanguagePair(LanguageCodes.toAlpha2(m.group(1)), LanguageCodes.toAlpha2(m.group(2)),
                        m.group(3), mode));
            }
        }
        return out;
    }

    @Override
    protected List<String> translateDirect(List<String> lines, LanguagePair pair) throws IOException {
        return ApertiumBatch.translate(readable(lines, pair), keepMarks, text -> runMode(pair, text + "\n"));
    }

    @Override
    public List<String> inReadableScript(List<String> lines, String from, String to) throws IOException {
        if (LanguageCodes.toAlpha2(from).equals(LanguageCodes.toAlpha2(to))) {
            return lines;
        }
        return readable(lines, route(from, to).first());
    }

    /** Returns {@code lines} in the script {@code pair}'s analyser reads: unchanged unless a mode converts them. */
    private List<String> readable(List<String> lines, LanguagePair pair) throws IOException {
        String source = pair.id().substring(0, pair.id().indexOf('-'));
        String script = SCRIPT_MODES.get(source);
        List<String> work = lines.stream().filter(l -> !l.isBlank()).toList();
        if (script == null || !modes.contains(script) || work.stream().noneMatch(l -> CYRILLIC.matcher(l).find())) {
            return lines;
        }
        List<String> converted = ApertiumBatch.translate(work, true,
                text -> run(List.of(executable, script), text + "\n"));
        List<String> out = new ArrayList<>(lines.size());
        int k = 0;
        for (String line : lines) {
            out.add(line.isBlank() ? line : converted.get(k++));
        }
        return out;
    }

    private String runMode(LanguagePair pair, String input) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(executable));
        if (!keepMarks) {
            cmd.add("-u");
        }
        cmd.add(pair.id());
        return run(cmd, input);
    }

    private String run(List<String> cmd, String input) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + executable + " (is Apertium installed? ./setup.sh installs it): "
                    + e.getMessage(), e);
        }
        try {
            // Write and read concurrently: a long input would otherwise fill the pipe and deadlock.
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            long deadline = System.nanoTime() + timeout.toNanos();
            byte[] bytes = out.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!p.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
            writer.get(1, TimeUnit.SECONDS);
            String stderr = new String(err.get(1, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + ")"
                        + (stderr.isEmpty() ? "" : ": " + stderr.lines().findFirst().orElse("")));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (TimeoutException e) {
            throw new IOException(String.join(" ", cmd) + " timed out after " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + executable, e);
        } catch (ExecutionException e) {
            throw new IOException("cannot talk to " + executable + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
