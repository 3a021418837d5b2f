package dev.briefly.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the damage layout does to text: joins wrapped lines, undoes hyphenation where the joined word is a
 * real word, removes invisible and control characters and folds white space.
 *
 * <p>A word counts as real when the {@link WordChecker} knows it or when the document itself uses it unbroken;
 * real compounds ("well-known", "al-Assad", "G7-Gipfel") stay as they are. Every change that alters a word is
 * recorded as a {@link Repair} with its place in the repaired text. Thread-safe.
 */
public final class TextRepair {

    // A hyphen (or soft hyphen) between two letter runs, either inside a line ("investig-ation") or at a line
    // break, with any spaces around the break ("interna-\ntional"). Spaces without a break ("Ein- und Ausgang")
    // are a suspended compound, not hyphenation, so they do not match.
    private static final Pattern HYPHENATED =
            Pattern.compile("(\\p{L}+)([-\u00AD\u2010])((?:[ \\t]*\\r?\\n[ \\t]*)?)(\\p{Ll}\\p{L}*)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private final WordChecker checker;

    /** Creates a repairer that consults {@code checker} for words the document does not settle. */
    public TextRepair(WordChecker checker) {
        this.checker = checker;
    }

    /** Holds the repaired paragraphs and the repairs, with spans in the paragraphs joined by the separator. */
    public record Result(List<String> paragraphs, List<Repair> repairs) {

        /** Copies the lists so the record stays immutable. */
        public Result {
            paragraphs = List.copyOf(paragraphs);
            repairs = List.copyOf(repairs);
        }
    }

    /** Returns the paragraphs repaired, in the same order; empty paragraphs are dropped. */
    public List<String> repair(List<String> paragraphs, String language) {
        return repair(paragraphs, language, "\n\n").paragraphs();
    }

    /**
     * Returns the paragraphs repaired, in the same order, empty ones dropped, with the repairs made, whose spans
     * point into the repaired paragraphs joined by {@code separator}.
     */
    public Result repair(List<String> paragraphs, String language, String separator) {
        // Characters first, so that the words the later steps look at are spelled right.
        List<String> spelled = new ArrayList<>(paragraphs);
        Spelled[] decoded = new Spelled[paragraphs.size()];
        boolean mojibake = paragraphs.stream().anyMatch(Mojibake::hasStrongRun);
        for (int i = 0; i < spelled.size(); i++) {
            decoded[i] = characters(spelled.get(i), mojibake);
            if (decoded[i] != null) {
                spelled.set(i, decoded[i].output);
            }
        }
        // The vocabulary is only needed as evidence for hyphenated words; most texts have none worth a look.
        boolean hyphens = spelled.stream().anyMatch(p -> p.indexOf('-') >= 0 && HYPHENATED.matcher(p).find());
        Set<String> vocabulary = hyphens ? vocabulary(spelled) : Set.of();
        List<String> out = new ArrayList<>(paragraphs.size());
        List<Repair> repairs = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < spelled.size(); i++) {
            Edits joined = new Edits();
            String dehyphenated = dehyphenate(spelled.get(i), language, vocabulary, joined);
            Edits cleaned = new Edits();
            Edits before = decoded[i] == null ? joined : Edits.compose(decoded[i].edits, joined);
            String clean = TextCleaner.clean(dehyphenated, cleaned, !Edits.none(before));
            if (clean.isEmpty()) {
                continue;
            }
            offset += out.isEmpty() ? 0 : separator.length();
            Edits all = Edits.compose(before, cleaned);
            if (!Edits.none(all)) {
                all.report(paragraphs.get(i), clean, offset, repairs);
            }
            out.add(clean);
            offset += clean.length();
        }
        return new Result(out, repairs);
    }

    /** Holds a paragraph with its characters repaired and the changes made. */
    private record Spelled(String output, Edits edits) {
    }

    /**
     * Returns {@code p} with its mojibake decoded (twice more at most, for text mis-decoded more than once) and its
     * ligatures spelled out, or null when it has neither; {@code evidence} admits weaker mojibake runs.
     */
    private static Spelled characters(String p, boolean evidence) {
        Edits edits = null;
        String s = p;
        for (int round = 0; round < 3; round++) {
            Edits e = new Edits();
            String next = Mojibake.repair(s, evidence || edits != null, e);
            if (Edits.none(e)) {
                break;
            }
            edits = edits == null ? e : Edits.compose(edits, e);
            s = next;
        }
        Edits e = new Edits();
        String next = Ligatures.repair(s, e);
        if (!Edits.none(e)) {
            edits = edits == null ? e : Edits.compose(edits, e);
            s = next;
        }
        return edits == null ? null : new Spelled(s, edits);
    }

    private String dehyphenate(String paragraph, String language, Set<String> vocabulary, Edits edits) {
        if (paragraph.indexOf('-') < 0 && paragraph.indexOf('\u00AD') < 0 && paragraph.indexOf('\u2010') < 0) {
            return paragraph;
        }
        Matcher m = HYPHENATED.matcher(paragraph);
        StringBuilder out = new StringBuilder(paragraph.length());
        int copied = 0;
        while (m.find()) {
            String left = m.group(1);
            boolean soft = m.group(2).charAt(0) == '\u00AD';
            boolean lineBreak = !m.group(3).isEmpty();
            String right = m.group(4);
            String replacement;
            Repair.Kind kind = null;
            if (soft || shouldJoin(left, right, lineBreak, language, vocabulary)) {
                // A soft hyphen marks a hyphenation point by definition.
                replacement = left + right;
                kind = Repair.Kind.HYPHENATION;
            } else if (lineBreak) {
                // A real compound broken at its own hyphen: keep the hyphen, drop the break.
                replacement = left + m.group(2) + right;
                kind = Repair.Kind.COMPOUND_BREAK;
            } else {
                replacement = m.group();
            }
            int outStart = out.length() + m.start() - copied;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            copied = m.end();
            if (kind != null) {
                edits.add(m.start(), m.end(), outStart, out.length(), kind);
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Decides whether a hyphenated pair is one word broken by layout. At a line break the joined form must be a
     * known word and the hyphenated form must not occur inside a line of the document; inside a line, where a
     * hyphen is usually meant ("pre-war", "co-operation"), neither part may be a word on its own either. Cheap
     * document evidence is consulted before the dictionary so that the speller loads only when it must.
     */
    private boolean shouldJoin(String left, String right, boolean lineBreak, String language,
                               Set<String> vocabulary) {
        // Same folding as vocabulary(), so that look-ups match its keys.
        Locale locale = Locale.ROOT;
        String joined = left + right;
        String hyphenated = (left + "-" + right).toLowerCase(locale);
        if (vocabulary.contains(hyphenated + "#seen") && lineBreak) {
            return false;
        }
        if (!lineBreak && (vocabulary.contains(left.toLowerCase(locale))
                || vocabulary.contains(right.toLowerCase(locale)))) {
            return false;
        }
        boolean joinedKnown = vocabulary.contains(joined.toLowerCase(locale)) || checker.isWord(joined, language);
        if (!joinedKnown) {
            return false;
        }
        if (lineBreak) {
            return true;
        }
        return !checker.isWord(left, language) && !checker.isWord(right, language);
    }

    /** Collects the document's words, and its hyphenated words seen inside a line as "word-word#seen". */
    private static Set<String> vocabulary(List<String> paragraphs) {
        Set<String> words = new HashSet<>();
        for (String p : paragraphs) {
            Matcher m = WORD.matcher(p);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.indexOf('-') >= 0) {
                    // A hyphenated form counts as evidence only if it occurs inside a line, not at a break.
                    if (m.end() < p.length() && p.charAt(m.end()) != '\n') {
                        words.add(w + "#seen");
                    }
                } else {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
