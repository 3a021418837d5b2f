package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.render.Format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Summarises files in this JVM; each call runs on a helper thread so that the time limit can be enforced
 * (softly: a runaway thread is interrupted and abandoned). Thread-safe.
 */
final class InProcessProcessor implements FileProcessor {

    private final Briefly briefly;
    private final List<Format> formats;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "briefly-inprocess");
        t.setDaemon(true);
        return t;
    });

    InProcessProcessor(Briefly briefly, Set<Format> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        this.briefly = briefly;
        this.formats = List.copyOf(formats);
    }

    /** Summarises and renders {@code file} on the calling thread, with no time limit. */
    static Map<Format, String> render(Briefly briefly, List<Format> formats, Path file) throws IOException {
        Summary s = briefly.summarize(file);
        Map<Format, String> out = new EnumMap<>(Format.class);
        for (Format f : formats) {
            out.put(f, f.renderer().render(s));
        }
        return out;
    }

    @Override
    public Map<Format, String> process(Path file, Duration timeLimit) throws IOException {
        Future<Map<Format, String>> f = threads.submit(() -> render(briefly, formats, file));
        try {
            return f.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Failure("timed out after " + Durations.format(timeLimit));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        } catch (ExecutionException e) {
            throw asFailure(e.getCause());
        }
    }

    static Failure asFailure(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof Failure f) {
            return f;
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return new Failure("no such file", t);
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return new Failure("permission denied", t);
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure("out of memory while reading it", t);
        }
        if (t instanceof StackOverflowError) {
            return new Failure("stack overflow while reading it", t);
        }
        String m = t.getMessage();
        return new Failure(m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replace('\n', ' '), t);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
