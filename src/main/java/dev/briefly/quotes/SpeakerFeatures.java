package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the speaker candidates of one quote and their features for the learned ranker ({@link SpeakerModel}).
 *
 * <p>Candidates: the rules' pick, the speaker written at the cue, every name mentioned from the sentence before
 * the quote to the sentence after it (in the quote's last paragraph), the previous quote's speaker, the person a pronoun would stand for, and,
 * when the rules found no speaker, a last candidate that abstains. A name met several ways is one candidate with the features of each way; its
 * position features come from its mention nearest the quote. Every feature is read from what the chain already
 * knows through the language's own word lists (cues, pronouns, titles, role nouns, non-person and nationality
 * words), so the same features, and weights, apply to any language with those lists. Feature names are listed in
 * docs/quotes.md. Reads the {@link QuoteState}; writes nothing. Stateless and thread-safe.
 */
final class SpeakerFeatures {

    /** Farthest, in characters, a candidate mention may stand before the opening mark or after the quote. */
    private static final int REACH_BEFORE = 600;
    private static final int REACH_AFTER = 300;

    private SpeakerFeatures() {
    }

    /** Builds a candidate's features; one per name. */
    private static final class Builder {
        final String name;
        boolean person;
        String cue;
        final Map<String, Double> f = new LinkedHashMap<>();
        Names.Mention nearest;
        int distance = Integer.MAX_VALUE;

        Builder(String name, boolean person, String cue) {
            this.name = name;
            this.person = person;
            this.cue = cue;
        }

        void on(String feature) {
            f.put(feature, 1.0);
        }
    }

    /**
     * Returns the candidates of full quote {@code q} after the rules ran on it ({@code rule} is the simple name of
     * the rule that set its speaker, or null), the rules' pick first and, when the rules found none, the
     * abstaining candidate last;
     * {@code prev} is the full quote before it or null.
     */
    static List<SpeakerCandidate> candidates(QuoteState st, QuoteCandidate q, QuoteCandidate prev, String rule) {
        Map<String, Builder> byName = new LinkedHashMap<>();
        if (q.speaker != null) {
            Builder b = get(byName, q.speaker, q.speakerIsPerson, q.speakerCue);
            b.on("rule");
            b.on("rule:" + rule);
        }
        WrittenSpeaker w = q.written;
        // A description the rules resolved to a person ("the bow-tied maverick" → Andre Campbell) is no rival of
        // that person: whether to resolve it is the rules' call (GGT's gold resolves it, PolNeAR's keeps it).
        if (w != null && w.text() != null && (w.kind() == WrittenSpeaker.Kind.NAME
                || w.kind() == WrittenSpeaker.Kind.DESCRIPTION && (q.speaker == null || q.speaker.equals(w.text())))) {
            Builder b = get(byName, w.text(), w.person(), w.cue());
            b.on("written:" + w.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (w.kind() == WrittenSpeaker.Kind.DESCRIPTION) {
                describe(st, b, w.text());
            }
        }
        mentions(st, q, byName);
        if (prev != null && prev.speaker != null) {
            Builder b = get(byName, prev.speaker, prev.speakerIsPerson, prev.speakerCue);
            b.on("prev");
            b.on(prev.lastPara == q.firstPara ? "prev&same-para"
                    : prev.lastPara == q.firstPara - 1 ? "prev&para-before" : "prev&far");
            b.on(q.cue == null ? "prev&no-cue" : "prev&cue");
        }
        if (w == null || w.kind() == WrittenSpeaker.Kind.PRONOUN || w.kind() == WrittenSpeaker.Kind.ZERO) {
            char g = w != null && w.kind() == WrittenSpeaker.Kind.PRONOUN ? w.gender() : 0;
            Antecedents.Antecedent a = Antecedents.person(st, q.open, g);
            if (a.name() != null) {
                Builder b = get(byName, a.name(), true, w == null ? null : w.cue());
                b.on(w == null ? "antecedent&no-cue" : "antecedent&" + (g == 0 ? "zero" : "pronoun"));
            }
            Antecedents.Antecedent only = Antecedents.onlyPersonBefore(st, q.open, g);
            if (only.name() != null) {
                get(byName, only.name(), true, w == null ? null : w.cue()).on("only-person-before");
            }
        }
        List<SpeakerCandidate> out = new ArrayList<>(byName.size() + 1);
        boolean subjectNearCue = false;
        for (Builder b : byName.values()) {
            subjectNearCue |= b.f.containsKey("cue-subject");
        }
        for (Builder b : byName.values()) {
            common(st, q, b, subjectNearCue);
            out.add(new SpeakerCandidate(b.name, b.person, b.cue, b.f));
        }
        if (q.speaker == null) {
            // Abstaining is a choice only where the rules abstained: the ranker may name a speaker the rules
            // missed, but never withdraws one (PolNeAR, the training data, does not score pronoun speakers, so
            // it cannot teach when a resolved pronoun is worse than none).
            Builder none = new Builder(null, false, null);
            none.on("abstain");
            none.on(q.cue == null ? "abstain&no-cue" : "abstain&cue");
            out.add(new SpeakerCandidate(null, false, null, none.f));
        }
        return out;
    }

    private static Builder get(Map<String, Builder> byName, String name, boolean person, String cue) {
        Builder b = byName.get(name);
        if (b == null) {
            b = new Builder(name, person, cue);
            byName.put(name, b);
        } else if (b.cue == null) {
            b.cue = cue;
        }
        return b;
    }

    /** Adds the names mentioned from the sentence before the quote to the sentence after it, nearest first kept. */
    private static void mentions(QuoteState st, QuoteCandidate q, Map<String, Builder> byName) {
        Names names = st.names;
        int before = st.previousSentenceStart(q.open);
        int from = Math.max(before < 0 ? st.sentenceStart(q.open) : before, q.open - REACH_BEFORE);
        int after = q.after();
        int si = st.sentenceIndexOf(Math.max(q.open, after - 1));
        int next = si >= 0 && si + 1 < st.sents.size() ? st.sents.get(si + 1).end() : after + REACH_AFTER;
        int to = Math.min(Math.max(next, after), after + REACH_AFTER);
        // A name after the quote counts only in the quote's own last paragraph: the next paragraph is another turn
        // of the article (cross-validation on PolNeAR train: 0.896 with it, 0.898 without).
        to = Math.min(to, Math.max(after, st.paras.get(q.lastPara).end()));
        int openTok = names.tokenAt(q.open);
        int afterTok = names.tokenAt(after);
        for (int k = names.mentionAt(Math.max(0, from)); k < names.mentions.size()
                && names.mentions.get(k).start() < to; k++) {
            Names.Mention m = names.mentions.get(k);
            if (m.dateLike() || m.start() >= q.open && m.start() < after) {
                continue;
            }
            int d = m.start() < q.open ? openTok - names.tokenAt(m.end()) : names.tokenAt(m.start()) - afterTok;
            Builder b = get(byName, m.canonical(), m.person(), q.cue == null ? null : q.cue.text());
            if (d < b.distance) {
                b.distance = d;
                b.nearest = m;
            }
        }
        for (Builder b : byName.values()) {
            if (b.nearest != null) {
                place(st, q, b, b.nearest);
            }
        }
    }

    /** Adds what the mention nearest the quote tells: where it stands and how it relates to the cue. */
    private static void place(QuoteState st, QuoteCandidate q, Builder b, Names.Mention m) {
        String ctx = q.cue == null ? "no-cue&" : "cue&";
        boolean beforeQuote = m.start() < q.open;
        b.on("mention");
        b.on(ctx + (beforeQuote ? "before-quote" : "after-quote"));
        b.on(ctx + "tokens:" + bucket(b.distance));
        int ms = st.sentenceIndexOf(m.start());
        int qs = st.sentenceIndexOf(beforeQuote ? q.open : Math.max(q.open, q.after() - 1));
        int rel = ms < 0 || qs < 0 ? 9 : Math.abs(ms - qs);
        b.on(ctx + (beforeQuote ? "sentence-before:" : "sentence-after:") + Math.min(rel, 2));
        int mp = paragraphOf(st, m.start());
        b.on(ctx + (mp == q.firstPara || mp == q.lastPara ? "same-para" : mp == q.firstPara - 1 ? "para-before"
                : mp > q.lastPara ? "para-after" : "para-far"));
        if (m.person()) {
            b.on("person");
        } else {
            b.on("non-person");
        }
        if (m.possessive()) {
            b.on("possessive");
        }
        if (m.titled()) {
            b.on("titled");
        }
        if (m.speaks()) {
            b.on("before-a-cue");
        }
        if (q.written != null && q.written.position() == m.start()) {
            b.on("at-written");
        }
        Cue cue = q.cue;
        if (cue != null && st.sentenceIndexOf(m.start()) == st.sentenceIndexOf(cue.start())) {
            Names names = st.names;
            String kind = cueKind(st, cue);
            if (m.end() <= cue.start()) {
                int gap = names.tokenAt(cue.start()) - names.tokenAt(m.end());
                if (gap <= 3) {
                    b.on("cue-subject");
                    b.on("cue-subject&" + kind + (cue.before() ? "&before" : "&after"));
                } else if (gap <= 10) {
                    b.on("cue-subject-far");
                }
            } else if (m.start() >= cue.end()) {
                int gap = names.tokenAt(m.start()) - names.tokenAt(cue.end());
                if (gap <= 2) {
                    b.on("cue-object");
                    b.on("cue-object&" + kind + (cue.before() ? "&before" : "&after"));
                    if (q.written != null && q.written.kind() != WrittenSpeaker.Kind.ZERO
                            && q.written.position() < cue.start()) {
                        // "he told Smith", "Jones told Smith": a subject is written, so this is the addressee.
                        b.on("cue-object&subject-written");
                    }
                }
            }
        }
    }

    /** Adds what every candidate gets: its kind, what the article says of it, agreement with a pronoun. */
    private static void common(QuoteState st, QuoteCandidate q, Builder b, boolean subjectNearCue) {
        if (b.f.containsKey("cue-object") && subjectNearCue && !b.f.containsKey("cue-subject")) {
            b.on("cue-object&subject-elsewhere");
        }
        KnownPeople people = st.names.people;
        if (people.evidenced(b.name)) {
            b.on("evidenced");
        }
        for (QuoteState.Spoken s : st.spoken) {
            if (s.name().equals(b.name)) {
                b.on("spoke-before");
                break;
            }
        }
        int count = st.mentionCounts().getOrDefault(b.name, 0);
        b.on("mentions:" + (count == 0 ? "0" : count == 1 ? "1" : count <= 3 ? "2-3" : "4+"));
        if (placeLike(st, b.name)) {
            b.on("place-like");
        }
        if (b.name.indexOf(' ') < 0 && !b.f.containsKey("desc")) {
            b.on("one-word");
        }
        WrittenSpeaker w = q.written;
        if (w != null && w.kind() == WrittenSpeaker.Kind.PRONOUN && (w.gender() == 'm' || w.gender() == 'f')) {
            char known = people.gender(b.name);
            b.on(known == 0 ? "pronoun&gender-unknown" : known == w.gender() ? "pronoun&gender-agrees"
                    : "pronoun&gender-clashes");
            if (b.person) {
                b.on("pronoun&person");
            }
        }
        if (q.cue == null && q.firstPara > 0 && st.onlySpace(st.paras.get(q.firstPara).start(),
                Math.max(st.paras.get(q.firstPara).start(), q.open))) {
            b.on("quote-opens-para");
        }
    }

    /** Adds what a description tells by its words: definite, anonymous, a role noun at its head, its length. */
    private static void describe(QuoteState st, Builder b, String description) {
        Lexicon lex = st.lex;
        List<Tok> toks = Tok.tokenize(description, lex);
        b.on("desc");
        if (toks.isEmpty()) {
            return;
        }
        String head = toks.get(toks.size() - 1).lower();
        if (lex.isDefinite(toks.get(0).lower())) {
            b.on("desc-definite");
        }
        if (DescribedSpeaker.definiteSingular(st, description)) {
            b.on("desc-definite-singular");
        }
        for (Tok t : toks) {
            if (lex.isAnonymousHead(t.lower())) {
                b.on("desc-anonymous");
            }
            if (lex.isNonPerson(t.lower())) {
                b.on("desc-non-person-word");
            }
        }
        if (lex.isRoleNoun(head)) {
            b.on("desc-role-head");
        }
        if (st.rules.looksPlural(head)) {
            b.on("desc-plural");
        }
        b.on(toks.size() <= 2 ? "desc-words:1-2" : toks.size() <= 4 ? "desc-words:3-4" : "desc-words:5+");
    }

    /** Tells whether every word of {@code name} is a country or nationality word of the language. */
    private static boolean placeLike(QuoteState st, String name) {
        List<Tok> toks = Tok.tokenize(name, st.lex);
        if (toks.isEmpty()) {
            return false;
        }
        for (Tok t : toks) {
            if (!st.lex.isPlaceWord(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Names the kind of a cue: a listed verb, a dash, a colon or a verb known by its ending. */
    private static String cueKind(QuoteState st, Cue cue) {
        String t = cue.text();
        if (t.length() == 1 && QuoteState.DASHES.indexOf(t.charAt(0)) >= 0) {
            return "dash";
        }
        if (":".equals(t)) {
            return "colon";
        }
        return st.lex.cueAt(st.wordsOf(cue.start(), cue.end()), 0) > 0 ? "listed" : "generic";
    }

    private static String bucket(int tokens) {
        return tokens <= 2 ? "0-2" : tokens <= 5 ? "3-5" : tokens <= 10 ? "6-10" : tokens <= 20 ? "11-20" : "21+";
    }

    /** Returns the index of the paragraph holding {@code pos}, or of the last one starting before it. */
    private static int paragraphOf(QuoteState st, int pos) {
        return Math.max(0, ByStart.lastAtOrBefore(st.paras, Span::start, pos));
    }

    /** Counts the mentions of each canonical name in the article. */
    static Map<String, Integer> countMentions(Names names) {
        Map<String, Integer> out = new HashMap<>();
        for (Names.Mention m : names.mentions) {
            out.merge(m.canonical(), 1, Integer::sum);
        }
        return out;
    }
}
