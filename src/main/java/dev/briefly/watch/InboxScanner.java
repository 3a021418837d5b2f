package dev.briefly.watch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists the files in INBOX with their stamps and keeps its folders registered with the watch service; notes
 * (once each) files it cannot read and links that lead outside INBOX.
 *
 * <p>Not thread-safe: {@link #list} and {@link #watchInbox} are called from the watcher's scanning thread only;
 * {@link #relative} may be called from any thread. The caller closes the watch service.
 */
final class InboxScanner {

    private final Path inbox;
    private final Path inboxReal;
    private final Path outbox;
    private final boolean recursive;
    private final WatchListener listener;
    /** The watch service folders are registered with; null when polling. */
    private final WatchService ws;
    private final Set<Path> registered = new HashSet<>();
    private final Set<Path> noted = ConcurrentHashMap.newKeySet();

    InboxScanner(Path inbox, Path inboxReal, Path outbox, boolean recursive, WatchListener listener, WatchService ws) {
        this.inbox = inbox;
        this.inboxReal = inboxReal;
        this.outbox = outbox;
        this.recursive = recursive;
        this.listener = listener;
        this.ws = ws;
    }

    /** Registers INBOX itself with the watch service (again after a failed try); nothing when polling. */
    void watchInbox() {
        if (ws != null) {
            register(inbox);
        }
    }

    private void register(Path dir) {
        if (registered.add(dir)) {
            try {
                dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException e) {
                registered.remove(dir);
            }
        }
    }

    /** Returns the path of {@code file} under INBOX with '/' between elements (a name may hold a backslash). */
    String relative(Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path e : inbox.relativize(file)) {
            sb.append(sb.length() == 0 ? "" : "/").append(e);
        }
        return sb.toString();
    }

    /**
     * Lists the regular files under INBOX (one level, or all with {@code recursive}) with their stamps, leaving
     * out hidden and partial names, OUTBOX and links that lead outside INBOX; registers new subfolders.
     */
    Map<Path, Stamp> list() throws IOException {
        Map<Path, Stamp> found = new HashMap<>();
        Files.walkFileTree(inbox, EnumSet.noneOf(FileVisitOption.class), recursive ? Integer.MAX_VALUE : 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(inbox)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (Watcher.ignoredName(dir.getFileName().toString()) || dir.equals(outbox)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (ws != null) {
                            register(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (Watcher.ignoredName(file.getFileName().toString())) {
                            return FileVisitResult.CONTINUE;
                        }
                        BasicFileAttributes a = attrs;
                        if (attrs.isSymbolicLink()) {
                            a = followInside(file);
                        }
                        if (a != null && a.isRegularFile()) {
                            found.put(file, new Stamp(a.size(), a.lastModifiedTime()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        // Vanished or unreadable between listing and look: the next scan sees it as it is then.
                        if (exc instanceof AccessDeniedException && noted.add(file)) {
                            listener.note(relative(file), "cannot read it: permission denied; skipped until it can");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return found;
    }

    /** Returns the target's attributes of a link that stays inside INBOX, or null (and a note) for one that leaves. */
    private BasicFileAttributes followInside(Path link) {
        try {
            Path real = link.toRealPath();
            if (!real.startsWith(inboxReal) || real.startsWith(inboxReal.resolve(Watcher.DONE))
                    || real.startsWith(inboxReal.resolve(Watcher.FAILED))) {
                if (noted.add(link)) {
                    listener.note(inbox.relativize(link).toString(), "ignored: a symbolic link leading outside INBOX");
                }
                return null;
            }
            return Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
