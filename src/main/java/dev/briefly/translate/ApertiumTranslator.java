package dev.briefly.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
     * Runs each pipe's reader and writer on a thread of its own. The common fork-join pool has one worker on a
     * two-core machine, and there (Java 25) a stderr reader that waits for the process to end kept the writer from
     * ever starting: a batch whose output filled the pipe hung until the timeout.
     */
    private static final java.util.concurrent.Executor PIPES = task -> {
        Thread t = new Thread(task, "apertium-pipe");
        t.setDaemon(true);
        t.start();
    };

    private final String executable;
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
        return ApertiumBatch.translate(lines, keepMarks, text -> runMode(pair, text + "\n"));
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
            }, PIPES);
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()), PIPES);
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()), PIPES);
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
