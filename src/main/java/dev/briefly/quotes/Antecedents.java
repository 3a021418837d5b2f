package dev.briefly.quotes;

/**
 * Finds who a pronoun, a bare "said" or a definite description stands for: the most recent fitting subject or
 * speaker before a position.
 *
 * <p>Reads {@link QuoteState#subjects}, {@link QuoteState#groups}, {@link QuoteState#spoken} and the people's
 * known gender and evidence in {@link Names#people}; writes nothing. Stateless and thread-safe.
 */
final class Antecedents {

    /** Most recent persons weighed when resolving a pronoun. */
    private static final int CANDIDATES = 4;

    /** A person chosen and the position of the mention or quote it was chosen from; name null and at -1 if none. */
    record Antecedent(String name, int at) {
        static final Antecedent NONE = new Antecedent(null, -1);
    }

    private Antecedents() {
    }

    /**
     * Returns the person a pronoun of {@code gender} (m, f or 0 for any) at {@code at} most likely refers to:
     * the most recent sentence subject or speaker whose known gender does not clash, preferring, among the
     * last few, one with evidence of being a person over a bare capitalised phrase ("British Columbia").
     */
    static Antecedent person(QuoteState st, int at, char gender) {
        int si = ByStart.lastBefore(st.subjects, Names.Mention::start, at);
        int ki = st.spoken.size() - 1;
        while (ki >= 0 && (!st.spoken.get(ki).person() || st.spoken.get(ki).at() >= at)) {
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
            if (ki >= 0 && (si < 0 || st.spoken.get(ki).at() > st.subjects.get(si).start())) {
                name = st.spoken.get(ki).name();
                pos = st.spoken.get(ki).at();
                spoke = true;
                do {
                    ki--;
                } while (ki >= 0 && !st.spoken.get(ki).person());
            } else {
                Names.Mention m = st.subjects.get(si--);
                name = m.canonical();
                pos = m.start();
                spoke = m.speaks();
            }
            if (fallback == null) {
                fallback = name;
                fallbackAt = pos;
            }
            char known = st.names.people.gender(name);
            if ((gender == 'm' || gender == 'f') && known != 0 && known != gender) {
                continue;
            }
            if (spoke || st.names.people.evidenced(name)) {
                return new Antecedent(name, pos);
            }
            if (firstFit == null) {
                firstFit = name;
                firstFitAt = pos;
            }
        }
        if (firstFit != null) {
            return new Antecedent(firstFit, firstFitAt);
        }
        return fallback == null ? Antecedent.NONE : new Antecedent(fallback, fallbackAt);
    }

    /**
     * Returns the one person the sentence before {@code at} names, when it names exactly one whose known gender
     * does not clash with {@code gender} ("… for accountant Babatunji Farinloye, 50. “…,” he says"): the reader
     * takes a he or she to stand for the person just named, subject or not. Mentions inside quotes are not
     * counted (they are not in {@link Names#mentions}). Returns {@link Antecedent#NONE} otherwise.
     */
    static Antecedent onlyPersonBefore(QuoteState st, int at, char gender) {
        int from = st.previousSentenceStart(at);
        if (from < 0) {
            return Antecedent.NONE;
        }
        Names names = st.names;
        Names.Mention only = null;
        for (int k = names.mentionAt(from); k < names.mentions.size() && names.mentions.get(k).start() < at; k++) {
            Names.Mention m = names.mentions.get(k);
            if (m.dateLike() || !m.person()) {
                continue;
            }
            if (m.possessive() || only == null && sameGenderPronoun(st, from, m.start(), gender)) {
                // "Purdy's terrier": named, but not as one who acts; "He said … his friend, Martin Legere, …":
                // the pronoun before the name carries on an earlier person.
                return Antecedent.NONE;
            }
            if (only != null && !only.canonical().equals(m.canonical())) {
                return Antecedent.NONE;
            }
            only = m;
        }
        if (only == null) {
            return Antecedent.NONE;
        }
        char known = st.names.people.gender(only.canonical());
        if ((gender == 'm' || gender == 'f') && known != 0 && known != gender) {
            return Antecedent.NONE;
        }
        return new Antecedent(only.canonical(), only.start());
    }

    /** Tells whether a he or she of {@code gender} (any, for 0) stands between {@code from} and {@code to}. */
    private static boolean sameGenderPronoun(QuoteState st, int from, int to, char gender) {
        Names names = st.names;
        for (int t = names.tokenAt(from); t < names.toks.size() && names.toks.get(t).start() < to; t++) {
            char g = st.lex.pronoun(names.lows.get(t));
            if ((g == 'm' || g == 'f') && (gender == g || gender != 'm' && gender != 'f')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the group a plural or neuter pronoun at {@code at} refers to: a non-person speaker among the last
     * three, if later than the most recent group before a cue, else that group; null if none.
     */
    static String group(QuoteState st, int at) {
        int gi = ByStart.lastBefore(st.groups, Names.Mention::start, at);
        Names.Mention group = gi >= 0 ? st.groups.get(gi) : null;
        for (int k = st.spoken.size() - 1; k >= 0 && k >= st.spoken.size() - 3; k--) {
            QuoteState.Spoken s = st.spoken.get(k);
            if (!s.person() && s.at() < at && (group == null || s.at() > group.start())) {
                return s.name();
            }
        }
        return group == null ? null : group.canonical();
    }
}
