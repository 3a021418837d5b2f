package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotes of an article by their marks: first step of the chain.
 *
 * <p>Pairs the language's quote marks in each paragraph ({@link QuoteMarks}) and keeps the outermost pair of a
 * nest. A quote over several paragraphs, where each paragraph opens with a mark and only the last one closes (or
 * the next paragraph only closes), is one quote. A paragraph that only closes a quote the paragraph before ended
 * with is a quote of its own. Reads the text, paragraphs and marks; writes {@link QuoteState#quotes} (marks,
 * inner span, paragraphs, index and text). Stateless and thread-safe.
 */
final class FindQuoteSpans implements QuoteStep {

    /** Most paragraphs a quote continues over. */
    private static final int MAX_CONTINUATION = 20;

    @Override
    public void apply(QuoteState st) {
        List<QuoteCandidate> out = pairUp(st);
        for (QuoteCandidate r : out) {
            r.text = quoteText(st, r);
        }
        st.quotes.addAll(out);
    }

    private static List<QuoteCandidate> pairUp(QuoteState st) {
        List<Span> paras = st.paras;
        List<QuoteMarks.Scan> scans = new ArrayList<>(paras.size());
        for (Span p : paras) {
            scans.add(st.marks.scan(st.text, p.start(), p.end()));
        }
        List<QuoteCandidate> out = new ArrayList<>();
        // covered[p]: the offset up to which paragraph p belongs to a quote opened in an earlier paragraph.
        int[] covered = new int[paras.size()];
        Arrays.fill(covered, -1);
        for (int p = 0; p < paras.size(); p++) {
            QuoteMarks.Scan s = scans.get(p);
            List<QuoteMarks.Pair> sorted = new ArrayList<>(s.pairs());
            sorted.sort(Comparator.comparingInt(QuoteMarks.Pair::open));
            int coveredUntil = covered[p];
            boolean free = covered[p] < 0;
            // A paragraph that closes a quote of the paragraph before without opening one.
            if (free && s.strayCloser() >= 0 && p > 0
                    && (sorted.isEmpty() || sorted.get(0).open() > s.strayCloser())
                    && paragraphEndsWithQuote(st, p - 1, out)
                    && st.wordCount(paras.get(p).start(), s.strayCloser()) >= 3) {
                QuoteCandidate r = new QuoteCandidate(paras.get(p).start() - 1, p);
                r.close = s.strayCloser();
                r.innerStart = paras.get(p).start();
                r.innerEnd = s.strayCloser();
                out.add(trim(st, r));
                coveredUntil = s.strayCloser();
            }
            QuoteCandidate startQuote = null;
            if (free && s.openAtStart() >= 0 && s.openAtStart() > coveredUntil) {
                startQuote = new QuoteCandidate(s.openAtStart(), p);
                startQuote.innerStart = s.openAtStart() + 1;
                startQuote.close = -1;
                continueQuote(st, startQuote, scans, covered);
                out.add(trim(st, startQuote));
            }
            for (QuoteMarks.Pair pair : sorted) {
                if (pair.open() <= coveredUntil || startQuote != null) {
                    continue; // nested in a quote already taken
                }
                QuoteCandidate r = new QuoteCandidate(pair.open(), p);
                r.close = pair.close();
                r.innerStart = pair.open() + 1;
                r.innerEnd = pair.close();
                out.add(trim(st, r));
                coveredUntil = pair.close();
            }
        }
        out.removeIf(r -> r.innerEnd <= r.innerStart || st.wordCount(r.innerStart, r.innerEnd) == 0);
        out.sort(Comparator.comparingInt(r -> r.open));
        for (int i = 0; i < out.size(); i++) {
            out.get(i).index = i;
        }
        return out;
    }

    /** Follows a quote left open at a paragraph start into the paragraphs after it. */
    private static void continueQuote(QuoteState st, QuoteCandidate r, List<QuoteMarks.Scan> scans, int[] covered) {
        String text = st.text;
        List<Span> paras = st.paras;
        int p = r.firstPara;
        char mark = text.charAt(r.open);
        r.innerEnd = paras.get(p).end();
        for (int hops = 0; hops < MAX_CONTINUATION && p + 1 < paras.size(); hops++) {
            Span next = paras.get(p + 1);
            QuoteMarks.Scan ns = scans.get(p + 1);
            char first = text.charAt(next.start());
            if (st.marks.isOpener(first)) {
                if (ns.openAtStart() == next.start()) {
                    r.lastPara = ++p;
                    r.innerEnd = next.end();
                    covered[p] = next.end();
                    continue;
                }
                QuoteMarks.Pair firstPair = firstPair(ns);
                if (firstPair != null && firstPair.open() == next.start()) {
                    r.lastPara = ++p;
                    r.close = firstPair.close();
                    r.innerEnd = firstPair.close();
                    covered[p] = firstPair.close();
                }
                return;
            }
            int stray = ns.strayCloser();
            QuoteMarks.Pair firstPair = firstPair(ns);
            if (stray >= 0 && st.marks.closes(mark, text.charAt(stray)) && ns.openAtStart() < 0
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

    private static boolean paragraphEndsWithQuote(QuoteState st, int p, List<QuoteCandidate> found) {
        if (found.isEmpty()) {
            return false;
        }
        QuoteCandidate last = found.get(found.size() - 1);
        return last.lastPara == p && st.paras.get(p).end() - last.after() <= 2;
    }

    private static QuoteCandidate trim(QuoteState st, QuoteCandidate r) {
        String text = st.text;
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

    /** Returns the quoted words, the paragraphs of a long quote joined by a space without their opening marks. */
    private static String quoteText(QuoteState st, QuoteCandidate r) {
        String text = st.text;
        if (r.lastPara == r.firstPara) {
            return text.substring(r.innerStart, r.innerEnd);
        }
        StringBuilder sb = new StringBuilder();
        for (int p = r.firstPara; p <= r.lastPara; p++) {
            Span para = st.paras.get(p);
            int s = Math.max(para.start(), r.innerStart);
            int e = Math.min(para.end(), r.innerEnd);
            if (p > r.firstPara && s < e && st.marks.isOpener(text.charAt(s))) {
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
}
