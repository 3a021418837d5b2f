package dev.briefly.watch;

import dev.briefly.render.Format;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * Runs a child worker whose "parser" misbehaves on demand, driven by the file's first line: {@code loop} never
 * returns, {@code oom} exhausts the heap, {@code exit} kills the JVM, {@code throw} fails normally, {@code junk}
 * writes bytes straight to file descriptor 1 (as the JVM does with its own warnings) and is then echoed; any other
 * text is echoed back as the JSON output. At start it writes a line to file descriptor 1, as the JVM does when its
 * class-data archive does not match.
 */
public final class HostileChild {

    private HostileChild() {
    }

    public static void main(String[] args) throws Exception {
        junk("[0.012s][warning][cds,dynamic] Unable to use shared archive.\n");
        ChildWorker.serve(() -> { }, file -> {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            switch (text) {
                case "loop" -> {
                    long n = 0;
                    while (!Thread.currentThread().isInterrupted() || n >= 0) {
                        n++;
                    }
                    return Map.of();
                }
                case "oom" -> {
                    // One allocation far past the heap fails at once; a slow fill can thrash the GC past the
                    // time limit on a loaded machine and be killed as a timeout instead.
                    long[][] hog = new long[1][];
                    hog[0] = new long[512 << 20];
                    return Map.of(Format.JSON, String.valueOf(hog[0].length));
                }
                case "exit" -> {
                    Runtime.getRuntime().halt(7);
                    return Map.of();
                }
                case "throw" -> throw new IllegalStateException("this parser gives up");
                case "junk" -> {
                    junk("R\0\0\0\5O\0\0\0\1 not an answer\n");
                    return Map.of(Format.JSON, "{\"text\":\"junk survived\"}");
                }
                default -> {
                    return Map.of(Format.JSON, "{\"text\":\"" + text + "\",\"pid\":" + ProcessHandle.current().pid()
                            + "}");
                }
            }
        });
    }

    /** Writes {@code text} to file descriptor 1, past System.out, as native code and the JVM do. */
    private static void junk(String text) throws IOException {
        FileOutputStream fd1 = new FileOutputStream(FileDescriptor.out);
        fd1.write(text.getBytes(StandardCharsets.ISO_8859_1));
        fd1.flush();
    }
}
