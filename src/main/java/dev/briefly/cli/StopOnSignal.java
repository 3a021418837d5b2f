package dev.briefly.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Turns SIGINT/SIGTERM into an orderly stop of a long-running command: asks it to stop, waits until it has
 * finished its current work, then exits 0.
 *
 * <p>Not thread-safe: install, {@link #finished()} and {@link #remove()} are called by the command's own thread.
 */
final class StopOnSignal {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(Runnable stop, Runnable beforeExit, String name) {
        hook = new Thread(() -> {
            stop.run();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            beforeExit.run();
            // A signal would make the JVM exit 130/143; stopping on request is a success.
            Runtime.getRuntime().halt(Main.OK);
        }, name);
    }

    /** Installs a shutdown hook that runs {@code stop}, waits for {@link #finished()}, runs {@code beforeExit}. */
    static StopOnSignal install(Runnable stop, Runnable beforeExit, String name) {
        StopOnSignal s = new StopOnSignal(stop, beforeExit, name);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** Tells a waiting hook that the command has finished its work. */
    void finished() {
        finished.countDown();
    }

    /** Removes the hook so that the command's own exit code stands; a no-op once shutdown has begun. */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook decides the exit code.
        }
    }
}
