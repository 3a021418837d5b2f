package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.Languages;
import dev.briefly.text.SentenceSegmenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds direct quotations by their quotation marks and attributes them with per-language speech-cue patterns.
 *
 * <p>Quotes: pairs of the language's quote marks (see {@link QuoteMarks}), the outermost pair of a nest; a
 * quote over several paragraphs where each paragraph opens with a mark and only the last one closes (or the
 * next paragraph only closes) is one quote. A short quoted phrase inside a sentence is a fragment (scare quote).
 * Speakers: "“…,” X said", "X said: “…”", "said X", "according to X", "“…” – X" and their equivalents from
 * {@code resources/<lang>/speech-verbs.txt}; pronouns and bare verbs resolve to the most recent person who was a
 * sentence subject or a speaker; surnames to the full name; descriptions stay as they are; a quote without an
 * attribution in the paragraph right after a quote of known speaker inherits that speaker.
 *
 * <p>Key quotes: full quotes ranked by speaker salience, length and overlap with the summary sentences.
 *
 * <p>Thread-safe and stateless per call; runs in time linear in the text length (windows around each quote are
 * bounded). Never throws on any input text.
 */
public final class RuleQuoteFinder implements QuoteFinder {

    /** Largest window, in characters, searched for an attribution on either side of a quote. */
    private static final int WINDOW = 250;
    /** Most tokens between a cue and the quote it introduces ("said in a statement on Tuesday:"). */
    private static final int CUE_GAP = 8;
    /** Longest speaker description kept, in words. */
    private static final int MAX_DESCRIPTION = 8;
    /** Most paragraphs a quote continues over. */
    private static final int MAX_CONTINUATION = 20;
    /** Dashes, including the horizontal bar (U+2015) some sites put before a signed quote ("”― Name"). */
    private static final String DASHES = "–—―";
    private static final String OPEN_BRACKETS = "([";
    /** Most recent persons weighed when resolving a pronoun. */
    private static final int CANDIDATES = 4;
    /** Farthest, in characters, a definite description looks back for the named person it stands for. */
    private static final int DESCRIPTION_REACH = 1500;
    private static final Map<String, SentenceSegmenter> SEGMENTERS = new ConcurrentHashMap<>();

    /** Creates a finder; the language resources are read on first use of each language. */
    public RuleQuoteFinder() {
    }

    @Override
    public List<Quote> find(ArticleText article, List<Integer> summary, int keyCount) {
        List<Span> summarySpans = new ArrayList<>();
        for (int i : summary) {
            if (i >= 0 && i < article.sentences().size()) {
                summarySpans.add(article.sentences().get(i));
            }
        }
        return find(article.text(), article.language(), article.paragraphs(), article.sentences(), summarySpans,
                keyCount);
    }

    /**
     * Returns the quotes of plain {@code text} in {@code language}, paragraphs being its lines; none is key.
     */
    public List<Quote> find(String text, String language) {
        List<Span> paragraphs = lines(text);
        SentenceSegmenter seg = SEGMENTERS.computeIfAbsent(language == null ? "" : language, SentenceSegmenter::new);
        return find(text, language, paragraphs, seg.split(text, paragraphs), List.of(), 0);
    }

    /**
     * Returns the quotes of {@code text} given its paragraph and sentence spans, in document order, the
     * {@code keyCount} best full quotes marked key, ranked partly by overlap with {@code summary} spans.
     */
    public List<Quote> find(String text, String language, List<Span> paragraphs, List<Span> sentences,
                            List<Span> summary, int keyCount) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Run run = new Run(text, language == null ? "" : language, paragraphs, sentences);
        List<Quote> quotes = run.quotes();
        return keyCount > 0 ? rank(run, quotes, summary, keyCount) : quotes;
    }

    /** Splits {@code text} into lines with text on them, the paragraphs of a plain string. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int a = s;
                int b = i;
                while (a < b && QuoteMarks.isSpace(text.charAt(a))) {
                    a++;
                }
                while (b > a && QuoteMarks.isSpace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new Span(a, b));
                }
                s = i + 1;
            }
        }
        return out;
    }

    /** One raw quote: its marks, its words and the paragraphs it spans. */
    private static final class Raw {
        final int open;
        int close;          // closing mark, or -1 when the paragraph end closes it
        int innerStart;
        int innerEnd;
        final int firstPara;
        int lastPara;
        boolean fragment;
        final List<Integer> continuationMarks = new ArrayList<>();
        String speaker;
        String cue;
        boolean speakerIsPerson;
        int index;

        Raw(int open, int firstPara) {
            this.open = open;
            this.firstPara = firstPara;
            this.lastPara = firstPara;
        }

        int after() {
            return close >= 0 ? close + 1 : innerEnd;
        }
    }

    /** The state of one call. */
    private static final class Run {
        final String text;
        final Lexicon lex;
        final QuoteMarks marks;
        final List<Span> paras;
        final List<Span> sents;
        final List<Raw> raws;
        Names names;
        /** Subjects: the first person mention of each sentence, in order. */
        final List<Names.Mention> subjects = new ArrayList<>();
        /** Organisations and other non-persons right before a speech cue ("BC Hydro said"). */
        final List<Names.Mention> groups = new ArrayList<>();
        /** Positions and names of resolved speakers, in order. */
        final List<int[]> speakerAt = new ArrayList<>();
        final List<String> speakerName = new ArrayList<>();
        final List<Boolean> speakerPerson = new ArrayList<>();

        Run(String text, String language, List<Span> paras, List<Span> sents) {
            this.text = text;
            this.lex = Lexicon.of(language);
            this.marks = QuoteMarks.of(language);
            this.paras = paras;
            this.sents = sents;
            this.raws = pairUp();
        }

        List<Quote> quotes() {
            List<Span> quoted = new ArrayList<>(raws.size());
            for (Raw r : raws) {
                quoted.add(new Span(r.open, Math.max(r.open, r.after())));
                r.fragment = isFragment(r);
            }
            names = new Names(text, lex, quoted);
            collectSubjects();
            Raw prev = null;
            for (Raw r : raws) {
                attribute(r, prev);
                if (!r.fragment) {
                    prev = r;
                }
            }
            List<Quote> out = new ArrayList<>(raws.size());
            for (Raw r : raws) {
                out.add(new Quote(quoteText(r), r.innerStart, r.innerEnd, r.speaker, r.cue, r.fragment, false));
            }
            return out;
        }

        // ---- quote marks -------------------------------------------------------------------------------

        private List<Raw> pairUp() {
            List<QuoteMarks.Scan> scans = new ArrayList<>(paras.size());
            for (Span p : paras) {
                scans.add(marks.scan(text, p.start(), p.end()));
            }
            List<Raw> out = new ArrayList<>();
            // covered[p]: the offset up to which paragraph p belongs to a quote opened in an earlier paragraph.
            int[] covered = new int[paras.size()];
            java.util.Arrays.fill(covered, -1);
            for (int p = 0; p < paras.size(); p++) {
                QuoteMarks.Scan s = scans.get(p);
                List<QuoteMarks.Pair> sorted = new ArrayList<>(s.pairs());
                sorted.sort(Comparator.comparingInt(QuoteMarks.Pair::open));
                int coveredUntil = covered[p];
                boolean free = covered[p] < 0;
                // A paragraph that closes a quote of the paragraph before without opening one.
                if (free && s.strayCloser() >= 0 && p > 0
                        && (sorted.isEmpty() || sorted.get(0).open() > s.strayCloser())
                        && paragraphEndsWithQuote(p - 1, out)
                        && wordCount(paras.get(p).start(), s.strayCloser()) >= 3) {
                    Raw r = new Raw(paras.get(p).start() - 1, p);
                    r.close = s.strayCloser();
                    r.innerStart = paras.get(p).start();
                    r.innerEnd = s.strayCloser();
                    out.add(trim(r));
                    coveredUntil = s.strayCloser();
                }
                Raw startQuote = null;
                if (free && s.openAtStart() >= 0 && s.openAtStart() > coveredUntil) {
                    startQuote = new Raw(s.openAtStart(), p);
                    startQuote.innerStart = s.openAtStart() + 1;
                    startQuote.close = -1;
                    continueQuote(startQuote, scans, covered);
                    out.add(trim(startQuote));
                }
                for (QuoteMarks.Pair pair : sorted) {
                    if (pair.open() <= coveredUntil || startQuote != null) {
                        continue; // nested in a quote already taken
                    }
                    Raw r = new Raw(pair.open(), p);
                    r.close = pair.close();
                    r.innerStart = pair.open() + 1;
                    r.innerEnd = pair.close();
                    out.add(trim(r));
                    coveredUntil = pair.close();
                }
            }
            out.removeIf(r -> r.innerEnd <= r.innerStart || wordCount(r.innerStart, r.innerEnd) == 0);
            out.sort(Comparator.comparingInt(r -> r.open));
            for (int i = 0; i < out.size(); i++) {
                out.get(i).index = i;
            }
            return out;
        }

        /** Follows a quote left open at a paragraph start into the paragraphs after it. */
        private void continueQuote(Raw r, List<QuoteMarks.Scan> scans, int[] covered) {
            int p = r.firstPara;
            char mark = text.charAt(r.open);
            r.innerEnd = paras.get(p).end();
            for (int hops = 0; hops < MAX_CONTINUATION && p + 1 < paras.size(); hops++) {
                Span next = paras.get(p + 1);
                QuoteMarks.Scan ns = scans.get(p + 1);
                char first = text.charAt(next.start());
                if (marks.isOpener(first)) {
                    if (ns.openAtStart() == next.start()) {
                        r.continuationMarks.add(next.start());
                        r.lastPara = ++p;
                        r.innerEnd = next.end();
                        covered[p] = next.end();
                        continue;
                    }
                    QuoteMarks.Pair firstPair = firstPair(ns);
                    if (firstPair != null && firstPair.open() == next.start()) {
                        r.continuationMarks.add(next.start());
                        r.lastPara = ++p;
                        r.close = firstPair.close();
                        r.innerEnd = firstPair.close();
                        covered[p] = firstPair.close();
                    }
                    return;
                }
                int stray = ns.strayCloser();
                QuoteMarks.Pair firstPair = firstPair(ns);
                if (stray >= 0 && marks.closes(mark, text.charAt(stray)) && ns.openAtStart() < 0
                        && (firstPair == null || firstPair.open() > stray)) {
                    r.lastPara = ++p;
                    r.close = stray;
                    r.innerEnd = stray;
                    covered[p] = stray;
                }
                return;
            }
        }

        private static QuoteMarks.Pair firstPair(QuoteMarks.Scan s) {
            QuoteMarks.Pair best = null;
            for (QuoteMarks.Pair pair : s.pairs()) {
                if (best == null || pair.open() < best.open()) {
                    best = pair;
                }
            }
            return best;
        }

        private boolean paragraphEndsWithQuote(int p, List<Raw> found) {
            if (found.isEmpty()) {
                return false;
            }
            Raw last = found.get(found.size() - 1);
            return last.lastPara == p && paras.get(p).end() - last.after() <= 2;
        }

        private Raw trim(Raw r) {
            int s = r.innerStart;
            int e = r.innerEnd;
            while (s < e && QuoteMarks.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && (QuoteMarks.isSpace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            r.innerStart = s;
            r.innerEnd = e;
            return r;
        }

        private int wordCount(int s, int e) {
            int words = 0;
            boolean in = false;
            for (int i = s; i < e; i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !in) {
                    words++;
                }
                in = w;
            }
            return words;
        }

        private String quoteText(Raw r) {
            if (r.lastPara == r.firstPara) {
                return text.substring(r.innerStart, r.innerEnd);
            }
            StringBuilder sb = new StringBuilder();
            for (int p = r.firstPara; p <= r.lastPara; p++) {
                Span para = paras.get(p);
                int s = Math.max(para.start(), r.innerStart);
                int e = Math.min(para.end(), r.innerEnd);
                if (p > r.firstPara && s < e && marks.isOpener(text.charAt(s))) {
                    s++;
                }
                if (s < e) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(text, s, e);
                }
            }
            return sb.toString().strip();
        }

        // ---- fragments ---------------------------------------------------------------------------------

        /** Tells a quoted phrase inside a sentence from a full quote. */
        private boolean isFragment(Raw r) {
            Span para = paras.get(r.firstPara);
            int b = r.open - 1;
            while (b >= para.start() && QuoteMarks.isSpace(text.charAt(b))) {
                b--;
            }
            char before = b >= para.start() ? text.charAt(b) : '\n';
            boolean clauseStart = before == '\n' || ".!?…:;".indexOf(before) >= 0 || DASHES.indexOf(before) >= 0
                    || OPEN_BRACKETS.indexOf(before) >= 0 || marks.isMark(before)
                    || before == ',' && cueBefore(para.start(), b);
            char last = text.charAt(r.innerEnd - 1);
            char rawLast = lastInner(r);
            boolean terminal = ".!?…".indexOf(last) >= 0 || ".!?…".indexOf(rawLast) >= 0;
            boolean commaInside = rawLast == ',';
            int a = r.after();
            Span endPara = paras.get(r.lastPara);
            while (a < endPara.end() && (QuoteMarks.isSpace(text.charAt(a)) || marks.isMark(text.charAt(a)))) {
                a++;
            }
            char after = a < endPara.end() ? text.charAt(a) : '\n';
            boolean endsHere = after == '\n' || ".!?…;".indexOf(after) >= 0 && isSentenceEnd(a, endPara.end());
            boolean cueAfter = cueAfter(a, endPara.end());
            int words = wordCount(r.innerStart, r.innerEnd);
            boolean upper = Character.isUpperCase(text.charAt(r.innerStart)) || !Character.isLetter(text.charAt(r.innerStart));
            if (r.lastPara > r.firstPara || r.close < 0) {
                return false;
            }
            if (words <= 8 && titleCase(r.innerStart, r.innerEnd)) {
                // "A Change Is Gonna Come", "Legend in the Coal Fields.": a title, not something said.
                return true;
            }
            if (clauseStart && (terminal || commaInside || endsHere || cueAfter || DASHES.indexOf(after) >= 0)
                    && (words >= 2 || terminal)) {
                return false;
            }
            if (terminal && upper && words >= 4) {
                return false;
            }
            return !(cueAfter && (commaInside || after == ',') && upper && words >= 4);
        }

        /** Tells whether English text is in title case: every word of four letters or more capitalised, two at least. */
        private boolean titleCase(int from, int to) {
            if (!"en".equals(lex.language)) {
                return false;
            }
            for (int k = from; k < to - 1; k++) {
                if (".!?".indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) == ' ') {
                    return false; // two sentences ("The Donald. Big Daddy.") are said, not a title
                }
            }
            int[] counts = Names.longWords(text, from, to);
            return counts[0] >= 2 && counts[1] == counts[0];
        }

        private char lastInner(Raw r) {
            int e = r.close >= 0 ? r.close : r.innerEnd;
            while (e > r.innerStart && QuoteMarks.isSpace(text.charAt(e - 1))) {
                e--;
            }
            return e > r.innerStart ? text.charAt(e - 1) : ' ';
        }

        private boolean isSentenceEnd(int a, int paraEnd) {
            int k = a + 1;
            while (k < paraEnd && (QuoteMarks.isSpace(text.charAt(k)) || marks.isMark(text.charAt(k)))) {
                k++;
            }
            return k >= paraEnd || !Character.isLowerCase(text.charAt(k));
        }

        /** Returns whether a speech cue ends within the last few words before {@code end}. */
        private boolean cueBefore(int from, int end) {
            List<String> words = wordsOf(Math.max(from, end - 60), end);
            for (int i = Math.max(0, words.size() - 5); i < words.size(); i++) {
                int len = lex.cueAt(words, i);
                if (len > 0 && i + len >= words.size() - 3) {
                    return true;
                }
            }
            return false;
        }

        /** Returns whether a speech cue starts within the first few words after {@code from}. */
        private boolean cueAfter(int from, int end) {
            List<String> words = wordsOf(from, Math.min(end, from + 80));
            for (int i = 0; i < Math.min(words.size(), 5); i++) {
                if (lex.cueAt(words, i) > 0) {
                    return true;
                }
            }
            return false;
        }

        private List<String> wordsOf(int from, int to) {
            List<String> out = new ArrayList<>();
            for (Tok t : Tok.tokenize(text.substring(from, to), lex)) {
                addWord(out, t.lower(), null);
            }
            return out;
        }

        /** Adds a lower-case word, splitting a French inverted pronoun ("a-t-il" → "a" + il). */
        private void addWord(List<String> out, String lower, List<String> pronounOut) {
            int dash = lower.lastIndexOf('-');
            if (dash > 0 && lex.pronoun(lower.substring(dash + 1)) != 0) {
                String verb = lower.substring(0, dash);
                if (verb.endsWith("-t")) {
                    verb = verb.substring(0, verb.length() - 2);
                }
                out.add(verb);
                if (pronounOut != null) {
                    pronounOut.add(lower.substring(dash + 1));
                }
                return;
            }
            out.add(lower);
            if (pronounOut != null) {
                pronounOut.add(null);
            }
        }

        // ---- attribution -------------------------------------------------------------------------------

        /**
         * Collects the person mentions a later pronoun may refer to: those right before a speech cue ("Peters
         * said") and those opening a sentence ("Alex Salmond, the SNP's spokesman, said").
         */
        private void collectSubjects() {
            List<Names.Mention> ms = names.mentions;
            for (Names.Mention mention : ms) {
                if (!mention.person() && mention.speaks() && !mention.possessive() && !mention.dateLike()) {
                    groups.add(mention);
                }
                if (!mention.person() || mention.possessive()) {
                    continue;
                }
                if (mention.speaks() || opensSentence(mention.start()) || commaThenCue(mention)) {
                    subjects.add(mention);
                    if (cueLaterInSentence(mention)) {
                        names.people.noteEvidence(mention.canonical());
                    }
                }
            }
            // "Stefan Jonsson said ... . He added": a he/she opening the next sentence after a sentence about one
            // person tells that person's gender.
            for (int i = 0; i + 1 < sents.size(); i++) {
                Span next = sents.get(i + 1);
                int t = names.tokenAt(next.start());
                if (t >= names.toks.size() || names.toks.get(t).start() >= next.end()) {
                    continue;
                }
                char g = lex.pronoun(names.toks.get(t).lower());
                if (g == 0 && t + 1 < names.toks.size() && names.toks.get(t + 1).start() < next.end()
                        && lex.isStopWord(names.toks.get(t).lower())) {
                    g = lex.pronoun(names.toks.get(t + 1).lower()); // "But he said"
                }
                if (g != 'm' && g != 'f') {
                    continue;
                }
                Span sent = sents.get(i);
                String only = null;
                boolean one = true;
                for (int k = names.mentionAt(sent.start()); k < ms.size() && ms.get(k).start() < sent.end(); k++) {
                    Names.Mention m = ms.get(k);
                    if (!m.person()) {
                        continue;
                    }
                    if (only != null && !only.equals(m.canonical())) {
                        one = false;
                        break;
                    }
                    only = m.canonical();
                }
                if (one && only != null) {
                    names.people.noteGender(only, g);
                }
            }
        }

        /**
         * Returns whether {@code mention} closes an apposition and a speech cue comes right after it ("the director
         * of operations, Jeff Fraser, says ...").
         */
        private boolean commaThenCue(Names.Mention mention) {
            int t = names.tokenAt(mention.end());
            return t < names.toks.size()
                    && text.substring(mention.end(), names.toks.get(t).start()).strip().equals(",")
                    && lex.cueAt(names.lows, t) > 0;
        }

        /** Returns whether a speech cue follows {@code mention} in its sentence ("Lee Finell, a manager, said"). */
        private boolean cueLaterInSentence(Names.Mention mention) {
            int end = sentenceEnd(mention.start(), mention.end());
            int t = names.tokenAt(mention.end());
            for (int k = 0; k < 40 && t < names.toks.size() && names.toks.get(t).start() < end; k++, t++) {
                if (lex.cueAt(names.lows, t) > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean opensSentence(int pos) {
            int s = sentenceStart(pos);
            int t = names.tokenAt(s);
            int words = 0;
            // Allow a title or adjective or two before the name ("Russian President Vladimir Putin").
            while (t < names.toks.size() && names.toks.get(t).start() < pos && words < 4) {
                t++;
                words++;
            }
            return words < 4 && !text.substring(s, pos).contains(",");
        }

        private void attribute(Raw r, Raw prev) {
            Span endPara = paras.get(r.lastPara);
            Span firstPara = paras.get(r.firstPara);
            int after = r.after();
            int sentEnd = sentenceEnd(Math.max(0, after - 1), endPara.end());
            int limit = Math.min(Math.min(sentEnd, endPara.end()), after + WINDOW);
            int dash = after;
            while (dash < endPara.end() && QuoteMarks.isSpace(text.charAt(dash))) {
                dash++;
            }
            if (dash < endPara.end() && DASHES.indexOf(text.charAt(dash)) >= 0) {
                limit = Math.min(endPara.end(), after + WINDOW); // "“…” – John Lennon" may start a new sentence
            }
            int nextOpen = nextQuoteStart(r);
            if (nextOpen >= 0) {
                limit = Math.min(limit, nextOpen);
            }
            Speaker found = limit > after ? fromAfter(after, limit) : null;
            if (found == null) {
                int from = Math.max(firstPara.start(), Math.max(sentenceStart(r.open), r.open - WINDOW));
                if (prev != null && prev.after() > from && prev.after() <= r.open) {
                    from = prev.after();
                }
                found = fromBefore(from, r.open);
                if (found == null && onlySpace(firstPara.start(), r.open) && r.firstPara > 0) {
                    Span pp = paras.get(r.firstPara - 1);
                    if (text.charAt(pp.end() - 1) == ':') {
                        found = fromBefore(Math.max(pp.start(), Math.max(sentenceStart(pp.end() - 1),
                                pp.end() - WINDOW)), pp.end());
                    }
                }
            }
            if (found != null) {
                int at = found.position;
                String name = resolve(found, at);
                if (name != null) {
                    r.speaker = name;
                    r.cue = found.cue;
                    r.speakerIsPerson = found.person || found.kind == Kind.PRONOUN || found.kind == Kind.ZERO;
                }
            }
            if (r.speaker == null && r.cue == null && !r.fragment && prev != null && prev.speaker != null
                    && (prev.lastPara == r.firstPara || prev.lastPara == r.firstPara - 1)) {
                r.speaker = prev.speaker;
                r.cue = prev.cue;
                r.speakerIsPerson = prev.speakerIsPerson;
            }
            if (r.speaker == null && r.cue == null && !r.fragment && r.firstPara > 0
                    && onlySpace(firstPara.start(), Math.max(firstPara.start(), r.open))) {
                // A quote paragraph with no attribution: the person the paragraph before was about.
                Span pp = paras.get(r.firstPara - 1);
                String who = recentPerson(r.open);
                int at = lastPersonEvent;
                if (who != null && at >= pp.start() && at < pp.end()) {
                    r.speaker = who;
                    r.speakerIsPerson = true;
                }
            }
            if (r.speaker != null && !r.fragment) {
                speakerAt.add(new int[]{r.open});
                speakerName.add(r.speaker);
                speakerPerson.add(r.speakerIsPerson);
            }
        }

        private int nextQuoteStart(Raw r) {
            return r.index + 1 < raws.size() ? raws.get(r.index + 1).open : -1;
        }

        private boolean onlySpace(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!QuoteMarks.isSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private int sentenceStart(int pos) {
            int i = sentenceIndex(pos);
            return i >= 0 ? sents.get(i).start() : 0;
        }

        private int sentenceEnd(int pos, int fallback) {
            int i = sentenceIndex(pos);
            return i >= 0 ? sents.get(i).end() : fallback;
        }

        private int sentenceIndex(int pos) {
            int lo = 0;
            int hi = sents.size() - 1;
            int best = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sents.get(mid).start() <= pos) {
                    best = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best >= 0 && pos < sents.get(best).end() ? best : -1;
        }

        enum Kind { NAME, PRONOUN, DESCRIPTION, ZERO }

        /** A speaker as written near a quote, before resolution. */
        private record Speaker(Kind kind, String text, boolean person, char gender, String cue, int position) {
        }

        /** The words of a window with their token indexes. */
        private final class Window {
            final List<String> words = new ArrayList<>();
            final List<String> pronouns = new ArrayList<>();
            final List<Tok> toks = new ArrayList<>();

            Window(int from, int to) {
                for (int t = names.tokenAt(from); t < names.toks.size() && names.toks.get(t).end() <= to; t++) {
                    Tok tok = names.toks.get(t);
                    addWord(words, tok.lower(), pronouns);
                    toks.add(tok);
                }
            }
        }

        /** Looks for "…,” X said", "…,” said X", "…” – X" in {@code [from, to)}. */
        private Speaker fromAfter(int from, int to) {
            Window w = new Window(from, to);
            for (int i = 0; i < Math.min(w.words.size(), 24); i++) {
                int len = lex.cueAt(w.words, i);
                if (len == 0) {
                    continue;
                }
                return atCue(w, i, len, from, to, false);
            }
            int k = from;
            while (k < to && (QuoteMarks.isSpace(text.charAt(k)) || text.charAt(k) == ',')) {
                k++;
            }
            if (k < to && DASHES.indexOf(text.charAt(k)) >= 0) {
                int m = names.mentionAt(k);
                if (m < names.mentions.size() && names.mentions.get(m).start() < Math.min(to, k + 40)) {
                    Names.Mention mention = names.mentions.get(m);
                    return new Speaker(Kind.NAME, mention.canonical(), mention.person(), 'p',
                            String.valueOf(text.charAt(k)), mention.start());
                }
            }
            return null;
        }

        /** Looks for "X said: “…", "According to X, “…" in {@code [from, to)}, to being the opening mark. */
        private Speaker fromBefore(int from, int to) {
            if (to <= from) {
                return null;
            }
            Window w = new Window(from, to);
            int n = w.words.size();
            for (int i = n - 1; i >= Math.max(0, n - CUE_GAP - 3); i--) {
                int len = lex.cueAt(w.words, i);
                if (len == 0 || n - (i + len) > CUE_GAP) {
                    continue;
                }
                return atCue(w, i, len, from, to, true);
            }
            return null;
        }

        /**
         * Resolves the speaker of the speech cue of {@code len} words at word {@code i} of window {@code w}: a
         * pronoun cue, else the subject between {@code from} and the cue, else the object after it, else a speaker
         * left unnamed ("said" alone). {@code before} tells that the window precedes the quote.
         */
        private Speaker atCue(Window w, int i, int len, int from, int to, boolean before) {
            String cue = cueText(w, i, len);
            int cueStart = w.toks.get(i).start();
            int cueEnd = w.toks.get(i + len - 1).end();
            if (w.pronouns.get(i) != null) {
                return pronoun(w.pronouns.get(i), cue, cueStart);
            }
            Speaker s = subjectBetween(from, cueStart, cue, before);
            if (s == null) {
                s = objectAfter(cueEnd, to, cue);
            }
            return s != null ? s : new Speaker(Kind.ZERO, null, true, 'p', cue, cueStart);
        }

        private String cueText(Window w, int i, int len) {
            return text.substring(w.toks.get(i).start(), w.toks.get(i + len - 1).end());
        }

        private Speaker pronoun(String lower, String cue, int at) {
            return new Speaker(Kind.PRONOUN, lower, true, lex.pronoun(lower), cue, at);
        }

        /** Returns the speaker written between {@code from} and a cue at {@code cueStart}, or null. */
        private Speaker subjectBetween(int from, int cueStart, String cue, boolean clause) {
            int s = from;
            // The subject of the clause holding the cue: after the last clause mark, unless that leaves nothing.
            int lastComma = -1;
            for (int i = cueStart - 1; i >= from; i--) {
                char c = text.charAt(i);
                if (c == ',' || c == ';' || c == ':' || marks.isMark(c) && !QuoteMarks.isApostrophe(c)
                        || DASHES.indexOf(c) >= 0) {
                    lastComma = i;
                    break;
                }
            }
            Window all = new Window(s, cueStart);
            if (all.words.isEmpty()) {
                return null;
            }
            int segStart = s;
            if (lastComma >= 0 && !new Window(lastComma + 1, cueStart).words.isEmpty()
                    && !adjectiveBeforeComma(s, lastComma)) {
                segStart = lastComma + 1;
            }
            Window seg = new Window(segStart, cueStart);
            if (seg.words.isEmpty()) {
                return null;
            }
            // A name in the segment, the first one that is not a possessive ("Russia's ministry").
            int m = names.mentionAt(segStart);
            Names.Mention chosen = null;
            if (segStart > from) {
                // "“…,” Guenther Schuh, the company's founder, said": a person right at the window start.
                int k = names.mentionAt(from);
                if (k < names.mentions.size() && names.mentions.get(k).person() && !names.mentions.get(k).possessive()
                        && names.mentions.get(k).end() <= segStart
                        && new Window(from, names.mentions.get(k).start()).words.isEmpty()) {
                    Names.Mention mention = names.mentions.get(k);
                    return new Speaker(Kind.NAME, mention.canonical(), true, 'p', cue, mention.start());
                }
            }
            for (int k = m; k < names.mentions.size() && names.mentions.get(k).end() <= cueStart; k++) {
                Names.Mention mention = names.mentions.get(k);
                if (mention.dateLike()) {
                    continue;
                }
                if (!mention.possessive() && (chosen == null || !chosen.person() && mention.person())) {
                    chosen = mention;
                    if (mention.person()) {
                        break;
                    }
                }
            }
            String firstWord = seg.words.get(0);
            String lastWord = seg.words.get(seg.words.size() - 1);
            if (lex.pronoun(lastWord) != 0 && seg.words.size() <= 3) {
                return pronoun(lastWord, cue, seg.toks.get(seg.toks.size() - 1).start());
            }
            if (lex.pronoun(firstWord) != 0 && (chosen == null || seg.words.size() <= 3)) {
                return pronoun(firstWord, cue, seg.toks.get(0).start());
            }
            if (chosen != null && (chosen.person() || isWholeSubject(seg, chosen))) {
                return new Speaker(Kind.NAME, chosen.canonical(), chosen.person(), 'p', cue, chosen.start());
            }
            if (seg.words.size() <= MAX_DESCRIPTION && (clause || seg.words.size() <= 6)) {
                String d = description(segStart, cueStart);
                if (d != null) {
                    return new Speaker(Kind.DESCRIPTION, d, chosen != null && chosen.person(), 'p', cue, segStart);
                }
            }
            return null;
        }

        /**
         * Tells whether {@code [from, comma)} is a determiner and one or two lower-case words, so the comma only
         * separates adjectives ("the lanky, bespectacled professor said").
         */
        private boolean adjectiveBeforeComma(int from, int comma) {
            if (text.charAt(comma) != ',') {
                return false;
            }
            Window head = new Window(from, comma);
            if (head.words.size() < 2 || head.words.size() > 3 || !lex.isDefinite(head.words.get(0))) {
                return false;
            }
            for (Tok t : head.toks) {
                if (!Character.isLowerCase(t.text().charAt(0)) && t != head.toks.get(0)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isWholeSubject(Window seg, Names.Mention mention) {
            // An organisation or place counts when it is most of the subject ("PolitiFact said").
            int words = seg.words.size();
            int inName = 0;
            for (Tok t : seg.toks) {
                if (t.start() >= mention.start() && t.end() <= mention.end()) {
                    inName++;
                }
            }
            return words - inName <= 1;
        }

        /** Returns the speaker named right after a cue ("said Caddell", "according to a senior official"). */
        private Speaker objectAfter(int cueEnd, int to, String cue) {
            int end = cueEnd;
            while (end < to && (",.;:()!?\n".indexOf(text.charAt(end)) < 0 || text.charAt(end) == '.'
                    && titleEndsAt(end)) && !marks.isMark(text.charAt(end))) {
                end++;
            }
            Window seg = new Window(cueEnd, end);
            if (seg.words.isEmpty()) {
                return null;
            }
            String first = seg.words.get(0);
            if (lex.pronoun(first) != 0) {
                return pronoun(first, cue, seg.toks.get(0).start());
            }
            Names.Mention best = null;
            for (int m = names.mentionAt(cueEnd); m < names.mentions.size(); m++) {
                Names.Mention mention = names.mentions.get(m);
                if (mention.end() > end || wordsBetween(seg, mention.start()) > 4) {
                    break;
                }
                if (mention.dateLike()) {
                    continue;
                }
                // "said Oilers head coach Ken Hitchcock": the titled person, not the team before the title.
                if (best == null || !best.person() && mention.person()
                        || best.person() && mention.person() && mention.titled() && !best.titled()) {
                    best = mention;
                }
            }
            if (best != null && (best.person() || !lex.isDeterminer(first) || best.start() == seg.toks.get(0).start()
                    || isWholeSubject(seg, best))) {
                return new Speaker(Kind.NAME, best.canonical(), best.person(), 'p', cue, best.start());
            }
            if (lex.isDeterminer(first) || !lex.isStopWord(first) && seg.words.size() <= 4
                    && Character.isLetter(seg.toks.get(0).text().charAt(0))
                    && !Character.isDigit(seg.toks.get(0).text().charAt(0))) {
                if (seg.words.size() <= MAX_DESCRIPTION && lex.isDeterminer(first)) {
                    String d = description(cueEnd, end);
                    if (d != null) {
                        return new Speaker(Kind.DESCRIPTION, d, false, 'p', cue, cueEnd);
                    }
                }
            }
            return null;
        }

        /** Returns whether the word ending at {@code pos} is a title or an initial ("the Rev. Peter Wherry"). */
        private boolean titleEndsAt(int pos) {
            int t = names.tokenAt(pos) - 1;
            if (t < 0 || names.toks.get(t).end() != pos) {
                return false;
            }
            Tok tok = names.toks.get(t);
            return lex.titleAt(names.lows, t) > 0 || tok.text().length() == 1 && Character.isUpperCase(tok.text().charAt(0));
        }

        private int wordsBetween(Window seg, int pos) {
            int c = 0;
            for (Tok t : seg.toks) {
                if (t.start() < pos) {
                    c++;
                }
            }
            return c;
        }

        private String description(int from, int to) {
            String d = text.substring(from, to).strip();
            while (!d.isEmpty() && !Character.isLetterOrDigit(d.charAt(0))) {
                d = d.substring(1).strip();
            }
            while (!d.isEmpty() && !Character.isLetterOrDigit(d.charAt(d.length() - 1))) {
                d = d.substring(0, d.length() - 1).strip();
            }
            if (d.isEmpty() || d.indexOf('\n') >= 0) {
                return null;
            }
            List<String> words = wordsOf(from, to);
            // A clause with its own verb is no description ("the official did not offer proof and others").
            for (int i = 0; i < words.size(); i++) {
                if (i > 0 && lex.cueAt(words, i) > 0) {
                    return null;
                }
            }
            String firstLower = words.isEmpty() ? "" : words.get(0);
            if (lex.isClauseOpener(firstLower)) {
                return null; // "While some critics …", "between May and October": no one is named
            }
            if (words.size() > 1 && (firstLower.equals("and") || firstLower.equals("but") || firstLower.equals("und")
                    || firstLower.equals("et") || firstLower.equals("y") || firstLower.equals("e"))) {
                int sp = d.indexOf(' ');
                d = d.substring(sp + 1).strip();
            }
            return d;
        }

        /** Resolves a speaker written near a quote at {@code at} to a name or description; null if none. */
        private String resolve(Speaker s, int at) {
            switch (s.kind) {
                case NAME:
                    return s.text;
                case DESCRIPTION:
                    if (definiteSingular(s.text)) {
                        // "says the bow-tied maverick": a definite description names someone already introduced.
                        String who = recentPerson(at, (char) 0);
                        if (who != null && at - lastPersonEvent <= DESCRIPTION_REACH) {
                            return who;
                        }
                    }
                    return s.text;
                default:
                    if ((s.gender == 'p' || s.gender == 'n') && s.kind == Kind.PRONOUN) {
                        return recentGroup(at);
                    }
                    String who = recentPerson(at, s.kind == Kind.PRONOUN ? s.gender : 0);
                    if (s.kind == Kind.PRONOUN) {
                        names.people.noteGender(who, s.gender);
                    }
                    return who;
            }
        }

        /**
         * Tells a definite singular description of a person ("the affable proprietor", "the Kentucky Republican")
         * from a group, a document or an indefinite description ("the company", "the report", "a spokesman").
         */
        private boolean definiteSingular(String description) {
            List<Tok> toks = Tok.tokenize(description, lex);
            if (toks.size() < 2 || toks.size() > 6 || !lex.isDefinite(toks.get(0).lower())) {
                return false;
            }
            String head = toks.get(toks.size() - 1).lower();
            // A role ("the mayor", "the foreign minister") is how the article names its holder: keep it as written;
            // two words of portrait before it ("the lanky, bespectacled professor") describe someone already met.
            if (lex.titleAt(List.of(head), 0) > 0 && toks.size() < 4) {
                return false;
            }
            for (Tok t : toks) {
                // "the ad's narrator": a role relative to something else, not a person met before.
                if (Names.possessive(t.text()) || lex.isNonPerson(t.lower()) || lex.cueAt(List.of(t.lower()), 0) > 0) {
                    return false;
                }
            }
            // An English plural head ("the students") is a group.
            return !("en".equals(lex.language) && head.endsWith("s") && !head.endsWith("ss"));
        }

        /** Position of the event {@link #recentPerson} last chose. */
        private int lastPersonEvent = -1;

        private String recentPerson(int at) {
            return recentPerson(at, (char) 0);
        }

        /**
         * Returns the person a pronoun of {@code gender} (m, f or 0 for any) at {@code at} most likely refers to:
         * the most recent sentence subject or speaker whose known gender does not clash, preferring, among the
         * last few, one with evidence of being a person over a bare capitalised phrase ("British Columbia").
         */
        private String recentPerson(int at, char gender) {
            lastPersonEvent = -1;
            int si = -1;
            int lo = 0;
            int hi = subjects.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (subjects.get(mid).start() < at) {
                    si = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            int ki = speakerAt.size() - 1;
            while (ki >= 0 && (!speakerPerson.get(ki) || speakerAt.get(ki)[0] >= at)) {
                ki--;
            }
            String fallback = null;
            int fallbackAt = -1;
            String firstFit = null;
            int firstFitAt = -1;
            for (int step = 0; step < CANDIDATES && (si >= 0 || ki >= 0); step++) {
                String name;
                int pos;
                boolean spoke;
                if (ki >= 0 && (si < 0 || speakerAt.get(ki)[0] > subjects.get(si).start())) {
                    name = speakerName.get(ki);
                    pos = speakerAt.get(ki)[0];
                    spoke = true;
                    do {
                        ki--;
                    } while (ki >= 0 && !speakerPerson.get(ki));
                } else {
                    Names.Mention m = subjects.get(si--);
                    name = m.canonical();
                    pos = m.start();
                    spoke = m.speaks();
                }
                if (fallback == null) {
                    fallback = name;
                    fallbackAt = pos;
                }
                char known = names.people.gender(name);
                if ((gender == 'm' || gender == 'f') && known != 0 && known != gender) {
                    continue;
                }
                if (spoke || names.people.evidenced(name)) {
                    lastPersonEvent = pos;
                    return name;
                }
                if (firstFit == null) {
                    firstFit = name;
                    firstFitAt = pos;
                }
            }
            if (firstFit != null) {
                lastPersonEvent = firstFitAt;
                return firstFit;
            }
            lastPersonEvent = fallbackAt;
            return fallback;
        }

        private String recentGroup(int at) {
            Names.Mention group = null;
            int lo = 0;
            int hi = groups.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (groups.get(mid).start() < at) {
                    group = groups.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            for (int k = speakerAt.size() - 1; k >= 0 && k >= speakerAt.size() - 3; k--) {
                if (!speakerPerson.get(k) && speakerAt.get(k)[0] < at
                        && (group == null || speakerAt.get(k)[0] > group.start())) {
                    return speakerName.get(k);
                }
            }
            return group == null ? null : group.canonical();
        }
    }

    // ---- ranking -----------------------------------------------------------------------------------------

    private static List<Quote> rank(Run run, List<Quote> quotes, List<Span> summary, int keyCount) {
        Map<String, Integer> salience = new HashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() != null && !q.fragment()) {
                salience.merge(q.speaker(), 1, Integer::sum);
            }
        }
        for (Names.Mention m : run.names.mentions) {
            if (m.person()) {
                salience.merge(run.names.people.canonical(m.canonical()), 1, Integer::sum);
            }
        }
        int maxSalience = salience.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Set<String> summaryTerms = new HashSet<>();
        LanguageAnalysis analysis = Languages.isSupported(run.lex.language) ? Languages.analysis(run.lex.language)
                : null;
        if (analysis != null) {
            for (Span s : summary) {
                summaryTerms.addAll(analysis.terms(s.of(run.text)));
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.fragment()) {
                continue;
            }
            int words = q.text().split("\\s+").length;
            double length = Math.min(1.0, Math.log1p(words) / Math.log1p(40));
            double sal = q.speaker() == null ? 0 : salience.getOrDefault(q.speaker(), 0) / (double) maxSalience;
            double central = 0;
            if (analysis != null && !summaryTerms.isEmpty()) {
                List<String> terms = analysis.terms(q.text());
                if (!terms.isEmpty()) {
                    long hits = terms.stream().filter(summaryTerms::contains).count();
                    central = hits / (double) terms.size();
                }
            }
            double score = 0.4 * length + 0.35 * sal + 0.25 * central;
            if (q.speaker() == null) {
                score *= 0.5;
            }
            if (words < 4) {
                score *= 0.5;
            }
            scored.add(new double[]{score, i});
        }
        scored.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> key = new HashSet<>();
        Map<String, Integer> perSpeaker = new HashMap<>();
        // Prefer different voices: a speaker's second key quote needs to beat every first one still waiting.
        for (int round = 0; round < 2 && key.size() < keyCount; round++) {
            for (double[] s : scored) {
                if (key.size() >= keyCount) {
                    break;
                }
                int i = (int) s[1];
                String who = String.valueOf(quotes.get(i).speaker());
                if (key.contains(i) || round == 0 && perSpeaker.getOrDefault(who, 0) > 0) {
                    continue;
                }
                key.add(i);
                perSpeaker.merge(who, 1, Integer::sum);
            }
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            out.add(key.contains(i) ? quotes.get(i).withKey(true) : quotes.get(i));
        }
        return out;
    }
}
