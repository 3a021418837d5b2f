package dev.briefly.watch;

import dev.briefly.Version;
import dev.briefly.render.Format;
import dev.briefly.render.Outputs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes the tasks that process settled inputs: each summarises its file, writes every output atomically and only
 * then moves the input to {@code .done}, or records the failure and moves it to {@code .failed}; an output that
 * cannot be written is tried again later (see {@link Backoff}).
 *
 * <p>Thread-safe: its tasks run on the watcher's worker threads at once and share only the {@link WatchState},
 * the {@link Backoff} and the listener. It does not close the {@link FileProcessor}.
 */
final class InputHandler {

    private final Path inbox;
    private final Path outbox;
    private final List<Format> formats;
    private final FileProcessor processor;
    private final Duration timeLimit;
    private final WatchListener listener;
    private final Backoff retries;
    private final WatchState state;
    private final WatchIndex index;

    /** Creates the handler; {@code index} keeps OUTBOX's index.html, or is null when no HTML is written. */
    InputHandler(Path inbox, Path outbox, List<Format> formats, FileProcessor processor, Duration timeLimit,
            WatchListener listener, Backoff retries, WatchState state, WatchIndex index) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.formats = formats;
        this.processor = processor;
        this.timeLimit = timeLimit;
        this.listener = listener;
        this.retries = retries;
        this.state = state;
        this.index = index;
    }

    /** Returns the task that processes {@code file} (named {@code rel} under INBOX) at version {@code stamp}. */
    Task task(Path file, String rel, Stamp stamp) {
        return new Task(file, rel, stamp);
    }

    /** Processes one settled file; runs once, on one worker thread. */
    final class Task implements Runnable {
        final Path file;
        final String rel;
        final Stamp stamp;

        Task(Path file, String rel, Stamp stamp) {
            this.file = file;
            this.rel = rel;
            this.stamp = stamp;
        }

        @Override
        public void run() {
            state.inFlight.incrementAndGet();
            long t0 = System.nanoTime();
            try {
                Map<Format, String> rendered;
                try {
                    rendered = processor.process(file, timeLimit);
                } catch (NoSuchFileException e) {
                    listener.note(rel, "vanished before it was read");
                    return;
                } catch (IOException | RuntimeException e) {
                    if (!unchanged()) {
                        listener.note(rel, "changed while it was read; it will be read again");
                        return;
                    }
                    fail(InProcessProcessor.asFailure(e).getMessage());
                    return;
                }
                if (!unchanged()) {
                    listener.note(rel, "changed while it was read; it will be read again");
                    return;
                }
                List<Path> outputs = new ArrayList<>();
                Path target = null;
                try {
                    for (Format f : formats) {
                        String text = rendered.get(f);
                        if (text == null) {
                            throw new IOException("the processor gave no " + f + " output");
                        }
                        target = OutputNames.outputPath(outbox, rel, f);
                        Outputs.writeAtomically(target, text);
                        outputs.add(target);
                    }
                } catch (IOException e) {
                    outputFailed(target, e, outputs);
                    return;
                }
                retries.forget(file);
                Path staleRecord = errorRecord(inbox.resolve(Watcher.FAILED).resolve(rel));
                if (!Files.exists(inbox.resolve(Watcher.FAILED).resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(staleRecord);
                }
                if (!archive(inbox.resolve(Watcher.DONE), false)) {
                    return;
                }
                state.processed.incrementAndGet();
                if (index != null) {
                    index.processed(rel, OutputNames.outputPath(outbox, rel, Format.HTML));
                }
                listener.processed(rel, outputs, Duration.ofNanos(System.nanoTime() - t0));
            } catch (IOException | RuntimeException e) {
                state.handled.put(file, stamp);
                listener.note(rel, "cannot settle it: " + Watcher.reason(e));
            } finally {
                state.inFlight.decrementAndGet();
                state.busy.remove(file);
                state.wake();
            }
        }

        /**
         * Schedules another try of an input whose output could not be written, which is not the input's fault (the
         * OUTBOX may be full or read-only for a while); fails the input once the write-retry time is spent.
         */
        private void outputFailed(Path target, IOException e, List<Path> written) throws IOException {
            String why = "cannot write " + (target == null ? "its output" : outbox.relativize(target)) + ": "
                    + Watcher.reason(e);
            long pause = retries.failed(file, stamp, System.nanoTime());
            if (state.stopping.get()) {
                retries.forget(file);
                state.handled.put(file, stamp);
                listener.note(rel, why + "; left in INBOX");
            } else if (pause >= 0) {
                listener.note(rel, why + "; trying again in " + Durations.format(Duration.ofMillis(
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(pause)))));
            } else {
                int n = retries.count(file);
                retries.forget(file);
                for (Path p : written) {
                    // A failed input has no outputs, not some of them.
                    Files.deleteIfExists(p);
                }
                fail(why + " (" + n + (n == 1 ? " try)" : " tries)"));
            }
        }

        private boolean unchanged() {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return stamp.equals(new Stamp(a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                return false;
            }
        }

        private void fail(String reason) throws IOException {
            Path failedDir = inbox.resolve(Watcher.FAILED);
            Path target = failedDir.resolve(rel);
            makeRoom(target, true);
            String record = "file: " + rel + "\n"
                    + "reason: " + reason + "\n"
                    + "time: " + Instant.now() + "\n"
                    + "size: " + stamp.size() + " bytes\n"
                    + "briefly: " + Version.get() + "\n";
            // The record is written before the move: after a crash between the two, the input is still in INBOX
            // and is read again, which rewrites the record.
            Outputs.writeAtomically(errorRecord(target), record);
            if (moveInto(target)) {
                state.failed.incrementAndGet();
                if (index != null) {
                    index.failed(rel, reason);
                }
                listener.failed(rel, reason);
            }
        }

        /** Moves the input into {@code base}, keeping an older file of the same name; false if it could not. */
        private boolean archive(Path base, boolean withRecord) throws IOException {
            Path target = base.resolve(rel);
            makeRoom(target, withRecord);
            return moveInto(target);
        }

        private boolean moveInto(Path target) throws IOException {
            Files.createDirectories(target.getParent());
            try {
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target);
                }
                return true;
            } catch (NoSuchFileException e) {
                listener.note(rel, "vanished before it could be moved");
                return false;
            }
        }
    }

    /** Moves an older archived file (and its record) at {@code target} aside to {@code NAME (2).ext}. */
    private static void makeRoom(Path target, boolean withRecord) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int k = 2; ; k++) {
            Path aside = target.resolveSibling(stem + " (" + k + ")" + ext);
            if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.exists(errorRecord(aside))) {
                if (withRecord && Files.exists(errorRecord(target))) {
                    Files.move(errorRecord(target), errorRecord(aside));
                }
                Files.move(target, aside);
                return;
            }
        }
    }

    private static Path errorRecord(Path failedInput) {
        return failedInput.resolveSibling(failedInput.getFileName() + Watcher.ERROR_SUFFIX);
    }
}
