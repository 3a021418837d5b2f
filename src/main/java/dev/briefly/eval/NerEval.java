package dev.briefly.eval;

import dev.briefly.Span;
import dev.briefly.actors.Actor;
import dev.briefly.actors.ActorFinder;
import dev.briefly.actors.ActorType;
import dev.briefly.actors.Mention;
import dev.briefly.text.ArticleText;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures an {@link ActorFinder} on CoNLL-2002/2003 NER files ({@code TOKEN TAG} per line, IOB2, blank line
 * between sentences, {@code -DOCSTART-} opening documents): mention-level precision, recall and F1 for PER, ORG
 * and LOC (exact span and type, MISC ignored on both sides) and document-level actor recall (the share of gold
 * entities mentioned at least twice in a document that appear in its actor list).
 *
 * <p>Files without document boundaries are cut into pseudo-documents of {@code chunk} sentences. Tokens are
 * joined with single spaces into the article text, one sentence per paragraph, and found spans are mapped back
 * to tokens. Not thread-safe; the caller owns nothing to close.
 */
public final class NerEval {

    /** Holds one gold or found entity: tokens {@code [start, end)} of a document and its CoNLL type. */
    public record Entity(int start, int end, String type) {
    }

    /** Holds one document: its tokens, sentence boundaries (token indexes) and gold entities. */
    public record Doc(List<String> tokens, List<int[]> sentences, List<Entity> gold) {
    }

    /** Holds the figures of one run. */
    public record Result(int docs, int sentences, int tokens, Map<String, int[]> counts, int docEntities,
                         int docFound, int docFoundTop, int topN, double millis, double firstMillis,
                         List<String> errors) {

        /** Returns {true positives, false positives, false negatives} summed over PER, ORG and LOC. */
        public int[] total() {
            int[] t = new int[3];
            for (int[] c : counts.values()) {
                for (int i = 0; i < 3; i++) {
                    t[i] += c[i];
                }
            }
            return t;
        }

        /** Returns the F1 of {@code tp, fp, fn}. */
        public static double f1(int[] c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Returns the precision of {@code tp, fp, fn}. */
        public static double precision(int[] c) {
            return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        }

        /** Returns the recall of {@code tp, fp, fn}. */
        public static double recall(int[] c) {
            return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        }

        /** Returns the document-level recall over the whole actor list. */
        public double docRecall() {
            return docEntities == 0 ? 0 : (double) docFound / docEntities;
        }

        /** Returns the document-level recall over the first {@code topN} actors. */
        public double docRecallTop() {
            return docEntities == 0 ? 0 : (double) docFoundTop / docEntities;
        }

        /** Renders the figures as a short report. */
        public String report(String language) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "language %s: %d documents, %d sentences, %d tokens%n", language,
                    docs, sentences, tokens));
            sb.append(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s %6s%n", "type", "tp", "fp", "fn", "P",
                    "R", "F1"));
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                line(sb, e.getKey(), e.getValue());
            }
            line(sb, "all", total());
            sb.append(String.format(Locale.ROOT,
                    "document actor recall (gold entities mentioned >= 2 times): %d/%d = %.3f (whole list), "
                            + "%.3f (top %d)%n", docFound, docEntities, docRecall(), docRecallTop(), topN));
            sb.append(String.format(Locale.ROOT, "time: %.1f ms per document (%.0f ms total; first document, "
                    + "with dictionary loading, %.0f ms)%n", docs == 0 ? 0 : millis / docs, millis, firstMillis));
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, int[] c) {
            sb.append(String.format(Locale.ROOT, "%-6s %7d %7d %7d %6.3f %6.3f %6.3f%n", name, c[0], c[1], c[2],
                    precision(c), recall(c), f1(c)));
        }
    }

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private NerEval() {
    }

    /** Reads a CoNLL file; without {@code -DOCSTART-} lines, every {@code chunk} sentences make one document. */
    public static List<Doc> read(Path file, int chunk) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        int sentenceStart = 0;
        boolean docStarts = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.startsWith("-DOCSTART-")) {
                    docStarts = true;
                    if (tokens.size() > sentenceStart) {
                        sentences.add(new int[]{sentenceStart, tokens.size()});
                    }
                    flush(docs, tokens, tags, sentences);
                    sentenceStart = 0;
                    continue;
                }
                if (line.isEmpty()) {
                    if (tokens.size() > sentenceStart) {
                        sentences.add(new int[]{sentenceStart, tokens.size()});
                        sentenceStart = tokens.size();
                        if (!docStarts && sentences.size() >= chunk) {
                            flush(docs, tokens, tags, sentences);
                            sentenceStart = 0;
                        }
                    }
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp <= 0) {
                    continue;
                }
                tokens.add(line.substring(0, sp).strip());
                tags.add(line.substring(sp + 1).strip());
            }
        }
        if (tokens.size() > sentenceStart) {
            sentences.add(new int[]{sentenceStart, tokens.size()});
        }
        flush(docs, tokens, tags, sentences);
        return docs;
    }

    private static void flush(List<Doc> docs, List<String> tokens, List<String> tags, List<int[]> sentences) {
        if (!tokens.isEmpty()) {
            docs.add(new Doc(List.copyOf(tokens), List.copyOf(sentences), entities(tags)));
        }
        tokens.clear();
        tags.clear();
        sentences.clear();
    }

    /** Reads IOB2 tags into entities; an I- tag that does not continue its type opens an entity. */
    static List<Entity> entities(List<String> tags) {
        List<Entity> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean continues = t.startsWith("I-") && t.substring(2).equals(type);
            if (!continues && type != null) {
                out.add(new Entity(start, i, type));
                type = null;
            }
            if ((t.startsWith("B-") || t.startsWith("I-")) && !continues) {
                start = i;
                type = t.substring(2);
            }
        }
        return out;
    }

    /** Runs {@code finder} over {@code docs} in {@code language} and scores it; {@code topN} sizes the list. */
    public static Result run(List<Doc> docs, String language, ActorFinder finder, int topN) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[3]));
        int docEntities = 0;
        int docFound = 0;
        int docFoundTop = 0;
        int sentenceCount = 0;
        int tokenCount = 0;
        long nanos = 0;
        long first = 0;
        List<String> errors = new ArrayList<>();
        int docNumber = 0;
        for (Doc doc : docs) {
            docNumber++;
            StringBuilder text = new StringBuilder();
            int[] starts = new int[doc.tokens().size()];
            int[] ends = new int[doc.tokens().size()];
            List<Span> sentenceSpans = new ArrayList<>();
            for (int[] s : doc.sentences()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                int s0 = text.length();
                for (int i = s[0]; i < s[1]; i++) {
                    if (i > s[0]) {
                        text.append(' ');
                    }
                    starts[i] = text.length();
                    text.append(doc.tokens().get(i));
                    ends[i] = text.length();
                }
                sentenceSpans.add(new Span(s0, text.length()));
            }
            ArticleText article = new ArticleText(text.toString(), language, sentenceSpans, sentenceSpans);
            long t0 = System.nanoTime();
            List<Actor> actors = finder.find(article, List.of(), List.of());
            long dt = System.nanoTime() - t0;
            if (nanos == 0) {
                first = dt;
            }
            nanos += dt;
            sentenceCount += doc.sentences().size();
            tokenCount += doc.tokens().size();

            Set<Entity> found = new HashSet<>();
            for (Actor a : actors) {
                String type = conll(a.type());
                for (Mention m : a.mentions()) {
                    int s = tokenAt(starts, ends, m.start(), true);
                    int e = tokenAt(starts, ends, m.end(), false);
                    if (s >= 0 && e >= s) {
                        found.add(new Entity(s, e + 1, type));
                    }
                }
            }
            Set<Entity> gold = new HashSet<>();
            for (Entity g : doc.gold()) {
                if (TYPES.contains(g.type())) {
                    gold.add(g);
                }
            }
            for (Entity f : found) {
                if (!TYPES.contains(f.type())) {
                    continue;
                }
                if (gold.contains(f)) {
                    counts.get(f.type())[0]++;
                } else {
                    counts.get(f.type())[1]++;
                    errors.add("FP " + f.type() + " " + surface(doc, f) + goldNote(gold, f, doc));
                }
            }
            for (Entity g : gold) {
                if (!found.contains(g)) {
                    counts.get(g.type())[2]++;
                    errors.add("FN " + g.type() + " " + surface(doc, g) + goldNote(found, g, doc));
                }
            }
            // Document level: gold entity strings mentioned at least twice.
            Map<String, Integer> freq = new HashMap<>();
            for (Entity g : gold) {
                freq.merge(surface(doc, g), 1, Integer::sum);
            }
            List<Set<String>> actorForms = new ArrayList<>();
            for (Actor a : actors) {
                Set<String> forms = new HashSet<>();
                forms.add(norm(a.name()));
                a.mentions().forEach(m -> forms.add(norm(m.text())));
                actorForms.add(forms);
            }
            for (Map.Entry<String, Integer> e : freq.entrySet()) {
                if (e.getValue() < 2) {
                    continue;
                }
                docEntities++;
                int rank = -1;
                for (int i = 0; i < actorForms.size(); i++) {
                    if (actorForms.get(i).contains(norm(e.getKey()))) {
                        rank = i;
                        break;
                    }
                }
                if (rank >= 0) {
                    docFound++;
                    if (rank < topN) {
                        docFoundTop++;
                    }
                } else {
                    errors.add("MISSED " + e.getKey() + " (" + e.getValue() + " mentions, document " + docNumber + ")");
                }
            }
        }
        return new Result(docs.size(), sentenceCount, tokenCount, counts, docEntities, docFound, docFoundTop, topN,
                nanos / 1e6, first / 1e6, errors);
    }

    private static String goldNote(Set<Entity> others, Entity e, Doc doc) {
        for (Entity o : others) {
            if (o.start() < e.end() && e.start() < o.end()) {
                return "   [other side: " + o.type() + " " + surface(doc, o) + "]";
            }
        }
        return "";
    }

    private static String norm(String s) {
        return s.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String surface(Doc doc, Entity e) {
        return String.join(" ", doc.tokens().subList(e.start(), e.end()));
    }

    /** Maps an offset to the token starting (or ending) there; a span inside a token widens to the token. */
    private static int tokenAt(int[] starts, int[] ends, int offset, boolean start) {
        for (int i = 0; i < starts.length; i++) {
            if (start ? offset < ends[i] : offset <= ends[i]) {
                if (start) {
                    return i;
                }
                return offset > starts[i] ? i : i - 1;
            }
        }
        return start ? -1 : starts.length - 1;
    }

    private static String conll(ActorType t) {
        return switch (t) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case OTHER -> "MISC";
        };
    }
}
