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
        int si = -1;
        int lo = 0;
        int hi = st.subjects.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (st.subjects.get(mid).start() < at) {
                si = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
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
     * Returns the group a plural or neuter pronoun at {@code at} refers to: a non-person speaker among the last
     * three, if later than the most recent group before a cue, else that group; null if none.
     */
    static String group(QuoteState st, int at) {
        Names.Mention group = null;
        int lo = 0;
        int hi = st.groups.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (st.groups.get(mid).start() < at) {
                group = st.groups.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = st.spoken.size() - 1; k >= 0 && k >= st.spoken.size() - 3; k--) {
            QuoteState.Spoken s = st.spoken.get(k);
            if (!s.person() && s.at() < at && (group == null || s.at() > group.start())) {
                return s.name();
            }
        }
        return group == null ? null : group.canonical();
    }
}
