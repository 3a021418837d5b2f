package dev.briefly.language;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Converts the JSON language profiles into the binary files {@link NgramLanguageDetector} loads, one per script
 * group, one per cluster of close languages and one of common words per script group ({@link WordModel}); the build
 * runs it after compiling ({@code exec-maven-plugin}, phase {@code process-classes}), with Lingua's models on its
 * class path only.
 *
 * <p>Usage: {@code ProfileCompiler OUTPUT_ROOT}, e.g. {@code target/classes}; files go to
 * {@code OUTPUT_ROOT/dev/briefly/language/langid/}. Not meant for library users.
 */
public final class ProfileCompiler {

    private ProfileCompiler() {
    }

    /** Writes the binary profile files under the folder named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProfileCompiler OUTPUT_ROOT");
        }
        compile(Path.of(args[0]));
    }

    /** Holds something that writes itself to a stream it does not close. */
    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one binary file per script group and per cluster under {@code root}, each atomically, and returns
     * their number; a cluster file newer than the classes of this package under {@code root} is kept as it is.
     */
    static int compile(Path root) throws IOException {
        return compileScripts(root) + compileWords(root) + compileLogLinear(root) + compileClusters(root)
                + compileScriptLingua(root);
    }

    /**
     * Writes the Lingua model of each script group ({@link ScriptLinguaModel}) of which Lingua knows at least two
     * languages and no single group of close languages already holds them all (Cyrillic and Arabic have one), unless
     * it is up to date; returns the number of such groups.
     */
    static int compileScriptLingua(Path root) throws IOException {
        int written = 0;
        for (Map.Entry<UnicodeScript, List<String>> e : NgramLanguageDetector.PROFILES.entrySet()) {
            List<String> codes = e.getValue().stream().map(NgramLanguageDetector::isoCode)
                    .filter(c -> ClusterModel.linguaKnows(List.of(c))).toList();
            if (codes.size() < 2 || NgramLanguageDetector.CLUSTERS.stream().anyMatch(g -> g.containsAll(codes))) {
                continue;
            }
            Path target = root.resolve(NgramProfiles.linguaName(e.getKey()));
            if (!upToDate(target, root)) {
                ScriptLinguaModel model = ScriptLinguaModel.fromLingua(codes, ScriptLinguaModel.KEEP_TRIGRAMS,
                        ScriptLinguaModel.KEEP_LONG);
                writeAtomically(target, model::write);
            }
            written++;
        }
        return written;
    }

    /**
     * Writes the log-linear model of each script group of which OpenNLP's model knows at least two languages under
     * {@code root}, each atomically; returns their number.
     */
    static int compileLogLinear(Path root) throws IOException {
        int written = 0;
        for (Map.Entry<UnicodeScript, List<String>> e : NgramLanguageDetector.PROFILES.entrySet()) {
            List<String> codes = e.getValue().stream().map(NgramLanguageDetector::isoCode).toList();
            LogLinearModel model = OpenNlpWeights.build(codes);
            if (model == null || model.outcomes().stream().distinct().count() < 2) {
                continue; // one language alone gives no evidence between the group's languages
            }
            writeAtomically(root.resolve(NgramProfiles.loglinearName(e.getKey())), model::write);
            written++;
        }
        return written;
    }

    /**
     * Writes the word lists of each script group that has some under {@code root}, each atomically; returns their
     * number.
     */
    static int compileWords(Path root) throws IOException {
        int written = 0;
        for (Map.Entry<UnicodeScript, List<String>> e : NgramLanguageDetector.PROFILES.entrySet()) {
            List<String> codes = e.getValue().stream().map(NgramLanguageDetector::isoCode).toList();
            if (codes.stream().noneMatch(WordLists.SOURCES::containsKey)) {
                continue;
            }
            WordModel model = WordLists.build(codes, WordModel.KEEP);
            writeAtomically(root.resolve(NgramProfiles.wordsName(e.getKey())), model::write);
            written++;
        }
        return written;
    }

    /** Writes one binary file per script group under {@code root}, each atomically; returns their number. */
    static int compileScripts(Path root) throws IOException {
        int written = 0;
        for (Map.Entry<UnicodeScript, List<String>> e : NgramLanguageDetector.PROFILES.entrySet()) {
            NgramModel model = NgramProfiles.fromJson(e.getValue());
            writeAtomically(root.resolve(NgramProfiles.binaryName(e.getKey())), out -> NgramProfiles.write(model, out));
            written++;
        }
        return written;
    }

    /**
     * Writes the cluster files under {@code root} that are not up to date; returns the number of groups Lingua
     * knows every member of.
     */
    static int compileClusters(Path root) throws IOException {
        int written = 0;
        for (List<String> members : NgramLanguageDetector.CLUSTERS) {
            Path target = root.resolve(NgramProfiles.clusterName(members.get(0)));
            if (!ClusterModel.linguaKnows(members)) {
                continue; // the group is told apart by the other models alone
            }
            // Half a minute of CPU for all clusters: an incremental build keeps a file newer than the code that
            // makes it (mvn clean, or a change to this package, rebuilds it).
            if (!upToDate(target, root)) {
                ClusterModel model = ClusterModel.fromLingua(members, ClusterModel.keepLong(members.size()));
                writeAtomically(target, model::write);
            }
            written++;
        }
        return written;
    }

    private static boolean upToDate(Path target, Path root) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        Path classes = root.resolve("dev/briefly/language");
        for (String c : List.of("ClusterModel.class", "ScriptLinguaModel.class", "NgramLanguageDetector.class",
                "ProfileCompiler.class")) {
            Path source = classes.resolve(c);
            if (!Files.exists(source)
                    || Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(target)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.getParent());
        // Written beside the target and moved, so a concurrent or aborted build never leaves half a file.
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
