package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in one text: capitalised word sequences, with titles ({@code resources/<lang>/titles.txt})
 * stripped, and tells people from organisations, places and dates. A surname alone resolves to the full name
 * mentioned before it ("Tillerson" → "Rex Tillerson"), fuzzily for inflected languages ("Путина" → "Путин"):
 * what the mentions tell about people is kept in {@link #people}; tokens are {@link Tok}s.
 *
 * <p>Deliberately simple and self-contained (the actors stage does the thorough job); one instance serves one
 * text and is not thread-safe. Work is linear in the number of tokens.
 */
final class Names {

    /** Name particles written in lower case inside a name ("Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "von", "van", "der", "den", "de",
            "da", "di", "du", "del", "della", "dos", "das", "la", "le", "ter", "zu", "y");

    /** One name mention; {@code canonical} is the full name it resolves to. */
    record Mention(int start, int end, String name, String canonical, boolean person, boolean possessive,
                   boolean titled, boolean speaks, boolean dateLike) {
    }

    final String text;
    final Lexicon lex;
    final List<Tok> toks;
    final List<String> lows;
    final List<Mention> mentions = new ArrayList<>();
    /** The words of the text as written: a name without its case ending must stand among them. */
    final Set<String> written = new HashSet<>();
    /** What the mentions so far tell about each person: aliases, given names, gender, evidence. */
    final KnownPeople people;

    /** Tokenises {@code text} and finds its mentions, skipping the ranges in {@code quoted} (sorted). */
    Names(String text, Lexicon lex, List<Span> quoted) {
        this.text = text;
        this.lex = lex;
        this.people = new KnownPeople(lex);
        this.toks = Tok.tokenize(text, lex);
        this.lows = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            lows.add(t.lower());
            written.add(t.text());
        }
        find(quoted);
    }

    /** Returns the index of the first token starting at or after {@code pos}. */
    int tokenAt(int pos) {
        return ByStart.firstAtOrAfter(toks, Tok::start, pos);
    }

    /** Returns the index of the first mention starting at or after {@code pos}. */
    int mentionAt(int pos) {
        return ByStart.firstAtOrAfter(mentions, Mention::start, pos);
    }

    private void find(List<Span> quoted) {
        int n = toks.size();
        boolean[] initial = new boolean[n];
        Set<String> midCaps = new HashSet<>();
        Set<String> lowerSeen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            initial[i] = isInitial(toks.get(i).start());
            String w = toks.get(i).text();
            if (!initial[i] && isCap(w)) {
                midCaps.add(lows.get(i));
            } else if (Character.isLowerCase(w.charAt(0))) {
                lowerSeen.add(lows.get(i));
            }
        }
        int q = 0;
        int i = 0;
        while (i < n) {
            Tok t = toks.get(i);
            while (q < quoted.size() && quoted.get(q).end() <= t.start()) {
                q++;
            }
            if (q < quoted.size() && quoted.get(q).start() <= t.start()) {
                i++;
                continue;
            }
            int j = i;
            int lastTitleEnd = i;
            boolean any = false;
            boolean nameSinceTitle = false;
            while (j < n && (j == i || joined(j - 1, j))) {
                int title = lex.titleAt(lows, j);
                // A title word ending a name is part of it ("Bruno Le Maire", not the mayor).
                boolean leads = title > 0 && j + title < n && joined(j + title - 1, j + title) && isCap(toks.get(j + title).text());
                if (title > 0 && allJoined(j, j + title) && (leads || !nameSinceTitle)) {
                    j += title;
                    lastTitleEnd = j;
                    nameSinceTitle = false;
                    continue;
                }
                String w = toks.get(j).text();
                if (isCap(w)) {
                    any = true;
                    nameSinceTitle = true;
                    j++;
                    if (possessive(w)) {
                        break;
                    }
                } else if (any && PARTICLES.contains(lows.get(j)) && particlesThenCap(j)) {
                    j++;
                } else {
                    break;
                }
            }
            if (!any || j <= lastTitleEnd) {
                i = Math.max(j, i + 1);
                continue;
            }
            int s = lastTitleEnd;
            // A capitalised first word of a sentence is a name only if it is capitalised elsewhere too, or (in a
            // longer run) never written in lower case, nor, where sentences open with their verb, at all.
            // A sentence-initial clause opener ("When Trump suggested …") is never part of a name either. Where the
            // verb ends the sentence, one word set off before a quote by a comma ("Hu, "…" dedi.") is its subject
            // only as such a name: "Dün, "…" dedi." (yesterday) drops the subject, so the previous one speaks.
            while (s < j && (lex.isStopWord(lows.get(s)) || s < j - 1 && lex.cueAt(lows, s) > 0
                    || s == i && initial[s] && lex.isClauseOpener(lows.get(s))
                    || s == i && initial[s] && lastTitleEnd == i && !midCaps.contains(lows.get(s))
                    && !people.isAlias(bare(s))
                    && (j - s == 1 || lowerSeen.contains(lows.get(s)) || lex.verbInitial()
                    || people.isAlias(bare(j - 1))))) {
                s++;
            }
            // "Getty Images Kevin Vickers", "Barron County District Attorney Brian Wright": an organisation or
            // place word inside a run ends one name and starts the next.
            int cut = s;
            for (int k = s; k < j - 1; k++) {
                if (lex.isNonPerson(stripPossessive(lows.get(k)))) {
                    if (k + 1 - cut <= 5) {
                        add(cut, k + 1, false);
                    }
                    cut = k + 1;
                    int title = lex.titleAt(lows, cut);
                    boolean titled = false;
                    while (title > 0 && cut + title < j) {
                        cut += title;
                        titled = true;
                        title = lex.titleAt(lows, cut);
                    }
                    if (titled && cut < j && j - cut <= 5) {
                        add(cut, j, true);
                        cut = j;
                    }
                }
            }
            if (cut < j && j - cut <= 5) {
                add(cut, j, lastTitleEnd > i && cut == s);
            }
            i = j;
        }
    }

    private void add(int s, int e, boolean titled) {
        StringBuilder name = new StringBuilder();
        boolean nonPerson = false;
        boolean acronym = false;
        boolean digit = false;
        boolean allNonPerson = true;
        boolean placeLike = false;
        boolean possessive = possessive(toks.get(e - 1).text());
        for (int k = s; k < e; k++) {
            String w = k == e - 1 ? stripPossessive(toks.get(k).text()) : toks.get(k).text();
            // "esan du Hu-k", "Erdoğan'ın sözcüsü": the case ending is no part of the name.
            SpeakerEndings.Stripped bare = k == e - 1 ? lex.endings().strip(w, written) : null;
            if (bare != null) {
                w = bare.word();
                possessive |= bare.genitive();
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(w);
            // A demonym or country word ("British Columbia", "Western Canadian") names a place or a people.
            boolean np = lex.isNonPerson(lex.lower(w));
            placeLike |= lex.isPlaceWord(lex.lower(w).replace(".", ""));
            nonPerson |= np;
            allNonPerson &= np;
            acronym |= w.length() >= 2 && w.equals(w.toUpperCase(lex.locale)) && Character.isLetter(w.charAt(1));
            digit |= w.chars().anyMatch(Character::isDigit);
        }
        String full = name.toString();
        int count = e - s;
        String last = lex.lower(lastWord(full));
        boolean person;
        String canonical = full;
        boolean speaks = followedByCue(e);
        boolean bySurname = false;
        // "the Greens", "the Edmonton Oilers", "the Diamond Resorts": a plural name after a singular definite article
        // is a team, a party or a firm, not one person; not a known surname ending like a plural, nor a name that
        // only modifies the noun after it ("the Sanders campaign").
        boolean group = s > 0 && lex.isDefinite(lows.get(s - 1)) && joined(s - 1, s)
                && QuoteLanguage.of(lex.language).looksPlural(last)
                && !(people.isAlias(last) && people.alias(last).indexOf(' ') > 0)
                && !(e < toks.size() && joined(e - 1, e) && !isCap(toks.get(e).text()));
        if (nonPerson || digit || placeLike || group) {
            person = false;
        } else if (count >= 2) {
            person = titled || !acronym;
        } else {
            String alias = people.alias(last);
            if (alias != null) {
                bySurname = true;
            } else {
                alias = people.byGivenName(last);
            }
            if (alias != null) {
                canonical = alias;
                person = true;
            } else {
                person = titled || !acronym && speaks;
            }
        }
        if (person) {
            // A later mention by surname is evidence; by the first word only is not ("Edmonton" of "Edmonton
            // Oilers" reads like a given name).
            if (titled || speaks || bySurname && !canonical.equals(full)) {
                people.noteEvidence(canonical);
            }
            char g = s > 0 && joined(s - 1, s) ? lex.titleGender(lows.get(s - 1)) : 0;
            if (g != 0) {
                people.noteGender(canonical, g);
                people.noteEvidence(canonical);
            }
        }
        if (person && count >= 2) {
            // A headline in title case ("Obama Sees Personal Insult") makes false full names: learn no given name.
            people.learnFullName(full, last, titleCased(toks.get(s).start()));
        } else if (person) {
            people.learnSingleName(last, canonical);
        }
        mentions.add(new Mention(toks.get(s).start(), toks.get(e - 1).end(), full, canonical, person, possessive,
                titled, speaks, allNonPerson));
    }

    /** Tells whether the line around {@code pos} is in title case: most of its longer words capitalised. */
    private boolean titleCased(int pos) {
        int from = text.lastIndexOf('\n', pos) + 1;
        int to = text.indexOf('\n', pos);
        int[] counts = longWords(text, from, to < 0 ? text.length() : to);
        return counts[0] >= 4 && counts[1] >= 0.7 * counts[0];
    }

    /**
     * Counts the words of four letters or more in {@code [from, to)} and how many of them are capitalised, as
     * {@code {words, capitalised}}: title case shows in the longer words (short ones are "of", "in", "the").
     */
    static int[] longWords(String text, int from, int to) {
        int longer = 0;
        int capital = 0;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (i - start >= 4) {
                longer++;
                capital += Character.isUpperCase(text.charAt(start)) ? 1 : 0;
            }
        }
        return new int[]{longer, capital};
    }

    private boolean particlesThenCap(int j) {
        int k = j;
        while (k + 1 < toks.size() && k - j < 3 && joined(k, k + 1)) {
            k++;
            if (isCap(toks.get(k).text())) {
                return true;
            }
            if (!PARTICLES.contains(lows.get(k))) {
                return false;
            }
        }
        return false;
    }

    private boolean followedByCue(int next) {
        if (lex.verbFinal() && commaThenQuote(toks.get(next - 1).end())) {
            return true; // "Miller, "…," dedi.": the subject before the quote of a verb that ends the sentence
        }
        if (next >= toks.size() || !joinedLoose(next - 1, next)) {
            return false;
        }
        if (lex.cueAt(lows, next) > 0) {
            return true;
        }
        return next + 1 < toks.size() && !isCap(toks.get(next).text()) && joinedLoose(next, next + 1)
                && lex.cueAt(lows, next + 1) > 0;
    }

    /** Tells whether a comma, spaces and an opening quotation mark follow {@code end}. */
    private boolean commaThenQuote(int end) {
        if (end >= text.length() || !MarkFragments.isComma(text.charAt(end))) {
            return false;
        }
        int k = end + 1;
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k == end + 1 || k >= text.length()) {
            return false;
        }
        char c = text.charAt(k);
        int type = Character.getType(c);
        return c == '"' || c == '„' || c == '‚' || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private boolean joined(int a, int b) {
        int e = toks.get(a).end();
        int s = toks.get(b).start();
        if (s - e == 1 && QuoteMarks.isSpace(text.charAt(e)) && text.charAt(e) != '\n') {
            return true;
        }
        // "Mr. Obama", "G. K. Chesterton": a short word, a dot and a space.
        return s - e == 2 && text.charAt(e) == '.' && QuoteMarks.isSpace(text.charAt(e + 1))
                && isCap(toks.get(a).text()) && (toks.get(a).text().length() == 1 || lex.titleAt(lows, a) > 0);
    }

    private boolean joinedLoose(int a, int b) {
        int e = toks.get(a).end();
        int s = toks.get(b).start();
        return s - e <= 2 && text.substring(e, s).isBlank();
    }

    private boolean allJoined(int from, int to) {
        if (to > toks.size()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!joined(k - 1, k)) {
                return false;
            }
        }
        return true;
    }

    private boolean isInitial(int pos) {
        int k = pos - 1;
        while (k >= 0) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            // Closing marks too: after ".” She further announced …" a sentence starts.
            if (QuoteMarks.isSpace(c) || "\"'“‘„‚«»‹›「『([”’」』".indexOf(c) >= 0) {
                k--;
                continue;
            }
            return ".!?…:;—–-".indexOf(c) >= 0;
        }
        return true;
    }

    static boolean isCap(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && PARTICLES.contains(w.substring(0, dash));
    }

    /** Returns token {@code k} in lower case without a possessive or case ending ("hu-k" → "hu"). */
    private String bare(int k) {
        String w = stripPossessive(toks.get(k).text());
        SpeakerEndings.Stripped s = lex.endings().strip(w, written);
        return lex.lower(s == null ? w : s.word()).replace(".", "");
    }

    static boolean possessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s") || w.endsWith("’S") || w.endsWith("'S");
    }

    static String stripPossessive(String w) {
        return possessive(w) ? w.substring(0, w.length() - 2) : w;
    }

    static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
