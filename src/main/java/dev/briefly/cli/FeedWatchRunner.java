package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.render.Format;
import dev.briefly.watch.Durations;
import dev.briefly.watch.FeedWatcher;
import dev.briefly.watch.WatchException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Runs {@code briefly watch --feed}: the command line around {@link FeedWatcher}. */
final class FeedWatchRunner {

    private FeedWatchRunner() {
    }

    /** Watches the command's feeds until stopped (or once); returns the exit code. */
    static int run(WatchCommand c, Set<Format> formats, Duration fetchTimeout, int workers) {
        Duration every;
        try {
            every = Durations.parse(c.every);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--every: " + e.getMessage(), e);
        }
        if (every.isZero()) {
            throw new IllegalArgumentException("--every must be more than 0: " + c.every);
        }
        Briefly briefly = c.web.apply(c.summary.apply(Briefly.builder()), fetchTimeout).build();
        PrintWriter err = c.spec.commandLine().getErr();
        FeedWatcher.Listener listener = new FeedWatcher.Listener() {
            @Override
            public synchronized void processed(String url, List<Path> outputs) {
                StringBuilder names = new StringBuilder();
                outputs.forEach(p -> names.append(names.length() == 0 ? "" : ", ").append(p.getFileName()));
                err.println("briefly watch: " + Messages.oneLine("done " + url + " -> " + names));
                err.flush();
            }

            @Override
            public synchronized void failed(String url, String reason) {
                err.println("briefly watch: " + Messages.oneLine("FAILED " + url + ": " + reason));
                err.flush();
            }
        };
        FeedWatcher watcher = new FeedWatcher(c.web.feeds(), c.outbox, formats, briefly, c.web.crawler(), workers,
                every, listener);
        StopOnSignal signal = StopOnSignal.install(watcher::stop, err::flush, "briefly-feed-watch-shutdown");
        err.println(Messages.oneLine("briefly watch: watching " + String.join(", ", c.web.feeds()) + " -> "
                + c.outbox + (c.once ? " (once)" : " every " + Durations.format(every) + "; Ctrl-C stops")));
        err.flush();
        try {
            FeedWatcher.Stats stats = watcher.run(c.once);
            err.println("briefly watch: " + stats.processed() + " processed, " + stats.failed() + " failed");
            return stats.failed() == 0 ? Main.OK : Main.FAILED;
        } catch (WatchException e) {
            err.println("briefly: " + Messages.oneLine(e.getMessage()));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("briefly: " + Batch.reason(e));
            return Main.FAILED;
        } finally {
            signal.finished();
            signal.remove();
        }
    }
}
