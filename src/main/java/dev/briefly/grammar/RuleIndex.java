package dev.briefly.grammar;

import org.languagetool.JLanguageTool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Knows, for each pattern-rule file of a language, where its rules lie and which words each rule needs before it
 * can match (LanguageTool's own token hints, computed at build time by {@link RuleIndexCompiler}), and serves the
 * file with only the rules that could match a given set of words.
 *
 * <p>Why it is exact: LanguageTool skips a pattern rule on a sentence when one of its word hints (a set of word
 * forms, one of which must occur) has no form among the sentence's tokens ({@code PatternRule.match} returns
 * nothing then). A rule is left out only when a hint of it has no form among the words given, so, for a sentence
 * whose tokens are all among those words, the rule left out could not have matched; the caller checks that
 * condition on LanguageTool's own analysis ({@link RuleSubset#covers}). Lemma hints and the minimum length count as
 * always met. A rule group is kept whole in structure: a rule of it that cannot match is replaced by
 * {@link #PLACEHOLDER}, which never matches, so the sub-ids of the others do not change. An antipattern of a rule
 * kept (a pattern that, where it matches, keeps the rule from matching there) is left out on the same terms, with
 * the hints LanguageTool computes for it ({@code DisambiguationPatternRule} is a token-based rule too): where it
 * could not match it changes nothing. Immutable and thread-safe.
 */
final class RuleIndex {

    /** First field of an index file, so that a file of another layout is never misread. */
    static final String MAGIC = "briefly-rule-index-2";

    /** A rule that never matches: its second token must be no token at all. */
    static final byte[] PLACEHOLDER = ("<rule><pattern><token>x x</token><token negate=\"yes\" regexp=\"yes\">.*"
            + "</token></pattern><message>-</message></rule>\n").getBytes(StandardCharsets.UTF_8);

    /** The same for a disambiguation file, whose rules end in an action instead of a message. */
    static final byte[] DISAMBIGUATION_PLACEHOLDER = ("<rule><pattern><token>x x</token><token negate=\"yes\" "
            + "regexp=\"yes\">.*</token></pattern><disambig action=\"immunize\"/></rule>\n")
            .getBytes(StandardCharsets.UTF_8);

    /** Returns whether {@code path} is a disambiguation file (rules and groups under the root, no categories). */
    static boolean isDisambiguation(String path) {
        return path.endsWith("/disambiguation.xml");
    }

    /** The word hints of one rule element: alternatives (parsed rules), each a list of sets of forms. */
    record Hints(String[][][] alternatives) {

        /** Hints of a rule that may match anything. */
        static final Hints ALWAYS = new Hints(new String[][][] {new String[0][]});

        /** Returns whether some alternative has every one of its sets met by a form in {@code words}. */
        boolean canMatch(Set<String> words) {
            for (String[][] sets : alternatives) {
                if (allMet(sets, words)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean allMet(String[][] sets, Set<String> words) {
            for (String[] forms : sets) {
                boolean any = false;
                for (String f : forms) {
                    if (words.contains(f)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One element of a rule file: a category ('C'), a standalone rule ('R'), a rule group ('G'), a rule in a group
     * ('r'), an antipattern of a rule or group ('A') or anything else ('O', copied as it is); hints for 'R', 'r' and
     * 'A', children for 'C' and 'G' (its rules and antipatterns) and for 'R' and 'r' (their antipatterns).
     */
    record Part(char kind, int start, int tagEnd, int end, Hints hints, List<Part> children) {
    }

    /** The index of one rule file: its length and CRC-32 (to recognise it), where its children lie. */
    record FileIndex(String path, int length, long crc, int prefixEnd, int suffixStart, List<Part> top) {

        /**
         * Returns {@code file} with only the rules that could match {@code words}, or null when {@code file} is not
         * the file this index was made from.
         */
        byte[] filter(byte[] file, Set<String> words) {
            if (file.length != length || RuleIndex.crc(file) != crc) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length / 4);
            out.write(file, 0, prefixEnd);
            byte[] placeholder = isDisambiguation(path) ? DISAMBIGUATION_PLACEHOLDER : PLACEHOLDER;
            for (Part t : top) {
                if (t.kind() == 'R') {
                    if (t.hints().canMatch(words)) {
                        copyRule(out, file, t, words);
                    }
                    continue;
                }
                if (t.kind() == 'G') {
                    group(out, file, t, words, placeholder);
                    continue;
                }
                if (t.kind() != 'C') {
                    copy(out, file, t.start(), t.end());
                    continue;
                }
                copy(out, file, t.start(), t.tagEnd());
                for (Part k : t.children()) {
                    if (k.kind() == 'R') {
                        if (k.hints().canMatch(words)) {
                            copyRule(out, file, k, words);
                        }
                    } else if (k.kind() == 'G') {
                        group(out, file, k, words, placeholder);
                    } else {
                        copy(out, file, k.start(), k.end());
                    }
                }
                out.writeBytes("</category>\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(file, suffixStart, file.length - suffixStart);
            return out.toByteArray();
        }

        private static void group(ByteArrayOutputStream out, byte[] file, Part g, Set<String> words,
                                  byte[] placeholder) {
            boolean any = false;
            for (Part r : g.children()) {
                any |= r.kind() == 'r' && r.hints().canMatch(words);
            }
            if (!any) {
                return;
            }
            copy(out, file, g.start(), g.tagEnd());
            for (Part r : g.children()) {
                if (r.kind() == 'r') {
                    if (r.hints().canMatch(words)) {
                        copyRule(out, file, r, words);
                    } else {
                        out.writeBytes(placeholder);
                    }
                } else if (r.kind() != 'A' || r.hints().canMatch(words)) {
                    copy(out, file, r.start(), r.end());
                }
            }
            out.writeBytes("</rulegroup>\n".getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Copies the rule {@code r} without its antipatterns that cannot match {@code words}: an antipattern only
         * keeps a rule from matching where it matches itself, and its word hints work as a rule's do.
         */
        private static void copyRule(ByteArrayOutputStream out, byte[] file, Part r, Set<String> words) {
            int from = r.start();
            for (Part a : r.children()) {
                if (!a.hints().canMatch(words)) {
                    out.write(file, from, a.start() - from);
                    from = a.end();
                }
            }
            copy(out, file, from, r.end());
        }

        private static void copy(ByteArrayOutputStream out, byte[] file, int from, int to) {
            out.write(file, from, to - from);
            out.write('\n');
        }
    }

    private final Map<String, FileIndex> files;

    RuleIndex(Map<String, FileIndex> files) {
        this.files = Map.copyOf(files);
    }

    /** Returns the index of the rule file at {@code path} (as LanguageTool asks for it), or null. */
    FileIndex file(String path) {
        return files.get(path);
    }

    /** Returns the indexed paths. */
    Set<String> paths() {
        return files.keySet();
    }

    /** Returns the class-path resource of the index of {@code language} (ISO 639-1). */
    static String resource(String language) {
        return "/dev/briefly/grammar/rules-" + language + ".idx";
    }

    /** Returns the index compiled for {@code language}, or null when there is none for this LanguageTool version. */
    static RuleIndex load(String language) {
        try (InputStream raw = RuleIndex.class.getResourceAsStream(resource(language))) {
            if (raw == null) {
                return null;
            }
            // Inflated in one go: DataInputStream reads a byte at a time, which straight from the inflater cost
            // about 0.1 s of a cold start.
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                    new GZIPInputStream(raw, 1 << 16).readAllBytes()));
            if (!MAGIC.equals(in.readUTF()) || !JLanguageTool.VERSION.equals(in.readUTF())) {
                return null;
            }
            int n = in.readInt();
            Map<String, FileIndex> files = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                FileIndex f = new FileIndex(path, in.readInt(), in.readLong(), in.readInt(), in.readInt(),
                        readParts(in));
                files.put(path, f);
            }
            return new RuleIndex(files);
        } catch (IOException | RuntimeException e) {
            // Only a speed-up: without an index every rule loads, as before.
            return null;
        }
    }

    /** Writes {@code files} in the layout {@link #load} reads; {@code out} is the caller's to close. */
    static void write(DataOutputStream out, List<FileIndex> files) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(JLanguageTool.VERSION);
        out.writeInt(files.size());
        for (FileIndex f : files) {
            out.writeUTF(f.path());
            out.writeInt(f.length());
            out.writeLong(f.crc());
            out.writeInt(f.prefixEnd());
            out.writeInt(f.suffixStart());
            writeParts(out, f.top());
        }
    }

    private static void writeParts(DataOutputStream out, List<Part> parts) throws IOException {
        out.writeInt(parts.size());
        for (Part p : parts) {
            out.writeByte(p.kind());
            out.writeInt(p.start());
            out.writeInt(p.tagEnd());
            out.writeInt(p.end());
            if (hasHints(p.kind())) {
                String[][][] alternatives = p.hints().alternatives();
                out.writeInt(alternatives.length);
                for (String[][] sets : alternatives) {
                    out.writeInt(sets.length);
                    for (String[] forms : sets) {
                        out.writeInt(forms.length);
                        for (String f : forms) {
                            out.writeUTF(f);
                        }
                    }
                }
            }
            if (hasChildren(p.kind())) {
                writeParts(out, p.children());
            }
        }
    }

    private static List<Part> readParts(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Part> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char kind = (char) in.readByte();
            int start = in.readInt();
            int tagEnd = in.readInt();
            int end = in.readInt();
            Hints hints = null;
            if (hasHints(kind)) {
                String[][][] alternatives = new String[in.readInt()][][];
                for (int a = 0; a < alternatives.length; a++) {
                    String[][] sets = new String[in.readInt()][];
                    for (int s = 0; s < sets.length; s++) {
                        String[] forms = new String[in.readInt()];
                        for (int f = 0; f < forms.length; f++) {
                            forms[f] = in.readUTF();
                        }
                        sets[s] = forms;
                    }
                    alternatives[a] = sets;
                }
                hints = new Hints(alternatives);
            }
            List<Part> children = hasChildren(kind) ? readParts(in) : List.of();
            parts.add(new Part(kind, start, tagEnd, end, hints, children));
        }
        return parts;
    }

    private static boolean hasHints(char kind) {
        return kind == 'R' || kind == 'r' || kind == 'A';
    }

    private static boolean hasChildren(char kind) {
        return kind == 'C' || kind == 'G' || kind == 'R' || kind == 'r';
    }

    /** Returns the CRC-32 of {@code b}. */
    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }
}
