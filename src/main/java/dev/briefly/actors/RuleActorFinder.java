package dev.briefly.actors;

import dev.briefly.Span;
import dev.briefly.quotes.Quote;
import dev.briefly.text.ArticleText;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of an article from capitalisation, LanguageTool's part-of-speech
 * dictionaries and evidence inside the article, types them from titles, organisation and place words, country
 * names, speech verbs and the name types the dictionaries carry, merges aliases and ranks them by salience.
 *
 * <p>Thread-safe: per-language dictionaries and lists are loaded on first use and shared; everything else lives
 * for one call. Never throws: a failure yields an empty list.
 */
public final class RuleActorFinder implements ActorFinder {

    /** Relative pronouns that end an apposition ("Salmond, who said ..."). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "der", "die", "das", "qui", "que",
            "che", "quien", "wie", "который", "которая");
    /** Third-person subject pronouns, for "He said" after a named person. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "er", "sie", "il", "elle", "él", "ella", "lui",
            "lei", "ele", "ela", "hij", "zij", "ze", "он", "она");
    private static final boolean DEBUG = Boolean.getBoolean("briefly.actors.debug");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Token classes. */
    private enum Kind { NONE, STRONG, WEAK, TITLE, NAT, PART }

    /** Starts loading the name dictionaries every language consults (the Dutch one alone takes ~0.3 s). */
    @Override
    public void prepare() {
        Lexicon.preloadGazetteers();
    }

    @Override
    public List<Actor> find(ArticleText article, List<Quote> quotes, List<Integer> summary) {
        try {
            if (article == null || article.text() == null || article.text().isBlank()) {
                return List.of();
            }
            String lang = article.language() == null ? "en" : article.language();
            return new Run(article, lang, quotes == null ? List.of() : quotes,
                    summary == null ? Set.of() : new HashSet<>(summary)).find();
        } catch (RuntimeException | StackOverflowError e) {
            if (DEBUG) {
                e.printStackTrace();
            }
            return List.of();
        }
    }

    /** Holds one candidate mention: tokens {@code [a, b]}. */
    private static final class Cand {
        final int a;
        final int b;
        final int sentence;
        final String text;
        String key;
        final EnumMap<ActorType, Double> votes = new EnumMap<>(ActorType.class);
        final EnumMap<ActorType, Double> prior = new EnumMap<>(ActorType.class);
        int titleStart = -1;
        int titleEnd = -1;
        boolean speaker;
        int credits;
        boolean teamCue;
        ActorType type;
        String country;
        int cluster;

        Cand(int a, int b, int sentence, String text) {
            this.a = a;
            this.b = b;
            this.sentence = sentence;
            this.text = text;
        }

        void vote(ActorType t, double w) {
            votes.merge(t, w, Double::sum);
        }

        /** Records a weak default that says nothing about this mention in particular. */
        void lean(ActorType t, double w) {
            prior.merge(t, w, Double::sum);
        }
    }

    /** Does the work for one article; not thread-safe. */
    private static final class Run {
        final ArticleText article;
        final String text;
        final String lang;
        final ActorLanguage words;
        final Lexicon.Session own;
        final List<Lexicon.Session> gazetteers = new ArrayList<>();
        final List<Quote> quotes;
        final Set<Integer> summary;
        final List<Tokens.Tok> toks;
        final int[] sentenceOf;
        final boolean[] initial;
        final boolean[] caseless;
        final Kind[] kind;
        final String[] natCode;
        final int[] titleStartAt;
        final Set<String> lowerSeen = new HashSet<>();
        final Set<String> capMid = new HashSet<>();
        final Set<String> strongForms = new HashSet<>();
        /** Lower-cased quote speaker to how many quotes it speaks; made on first use by {@link #quotesSpokenBy}. */
        Map<String, Integer> speakerCounts;

        Run(ArticleText article, String lang, List<Quote> quotes, Set<Integer> summary) {
            this.article = article;
            this.text = article.text();
            this.lang = lang;
            this.words = ActorLanguage.of(lang);
            this.own = Lexicon.of(lang).session();
            for (String g : Lexicon.GAZETTEERS) {
                gazetteers.add(g.equals(lang) ? own : Lexicon.gazetteer(g).session());
            }
            this.quotes = quotes;
            this.summary = summary;
            this.toks = Tokens.of(text);
            int n = toks.size();
            sentenceOf = new int[n];
            initial = new boolean[n];
            kind = new Kind[n];
            natCode = new String[n];
            titleStartAt = new int[n];
            Arrays.fill(titleStartAt, -1);
            caseless = new boolean[Math.max(1, article.sentences().size())];
        }

        List<Actor> find() {
            assignSentences();
            gatherEvidence();
            markTitles();
            classify(false);
            surnamesAfterGivenNames();
            for (int i = 0; i < toks.size(); i++) {
                if (kind[i] == Kind.STRONG) {
                    strongForms.add(words.lower(toks.get(i).text()));
                }
            }
            classify(true);
            List<Cand> cands = chains();
            for (int i = 0; i < cands.size(); i++) {
                Cand c = cands.get(i);
                describe(c);
            }
            return actors(cands);
        }

        // ---- tokens, sentences and document evidence -------------------------------------------------------

        void assignSentences() {
            List<Span> sents = article.sentences();
            int s = 0;
            int lastSentence = -1;
            boolean afterOpener = false;
            for (int i = 0; i < toks.size(); i++) {
                Tokens.Tok t = toks.get(i);
                while (s < sents.size() && sents.get(s).end() <= t.start()) {
                    s++;
                }
                int idx = s < sents.size() && sents.get(s).start() <= t.start() ? s : -1;
                sentenceOf[i] = idx;
                if (t.word()) {
                    initial[i] = idx != lastSentence || afterOpener || idx < 0;
                    lastSentence = idx;
                    afterOpener = false;
                } else {
                    afterOpener = isOpener(t.text()) || (afterOpener && !t.text().equals(","));
                }
            }
            // Headline-style sentences in capitals carry no case evidence.
            int[] words = new int[caseless.length];
            int[] upper = new int[caseless.length];
            for (int i = 0; i < toks.size(); i++) {
                int si = sentenceOf[i];
                Tokens.Tok t = toks.get(i);
                if (si < 0 || si >= caseless.length || !t.word() || letters(t.text()) < 2) {
                    continue;
                }
                words[si]++;
                if (isAllCaps(t.text())) {
                    upper[si]++;
                }
            }
            for (int si = 0; si < caseless.length; si++) {
                caseless[si] = words[si] >= 3 && upper[si] >= 0.6 * words[si];
            }
        }

        static boolean isOpener(String p) {
            return "“\"«„‘'([{:—–-•‹‚>*".contains(p);
        }

        boolean isCaseless(int i) {
            int si = sentenceOf[i];
            return si >= 0 && si < caseless.length && caseless[si];
        }

        void gatherEvidence() {
            for (int i = 0; i < toks.size(); i++) {
                Tokens.Tok t = toks.get(i);
                if (!t.word() || isCaseless(i)) {
                    continue;
                }
                String w = t.text();
                if (isLowerStart(w)) {
                    lowerSeen.add(w);
                } else if (!initial[i] && isCap(w)) {
                    capMid.add(w);
                }
            }
        }

        // ---- titles ---------------------------------------------------------------------------------------

        void markTitles() {
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).word() || kind[i] == Kind.TITLE) {
                    continue;
                }
                String first = words.lower(toks.get(i).text());
                if (first.endsWith(".")) {
                    first = first.substring(0, first.length() - 1);
                }
                for (String[] title : words.titlesByFirst.getOrDefault(first, List.of())) {
                    int end = matchTitle(i, title);
                    if (end < 0) {
                        continue;
                    }
                    int next = nextWord(end + 1);
                    if (next < 0 || !isCap(toks.get(next).text()) || sentenceOf[next] != sentenceOf[i]
                            || words.orgWords.contains(words.lower(toks.get(next).text()))) {
                        continue;
                    }
                    for (int k = i; k <= end; k++) {
                        kind[k] = Kind.TITLE;
                        titleStartAt[k] = i;
                    }
                    i = end;
                    break;
                }
            }
        }

        /** Returns the last token of {@code title} matched from {@code i}, or -1. */
        int matchTitle(int i, String[] title) {
            int k = i;
            int last = -1;
            for (String part : title) {
                while (k < toks.size() && !toks.get(k).word() && toks.get(k).text().equals(".") && last >= 0) {
                    k++;
                }
                if (k >= toks.size() || !toks.get(k).word()) {
                    return -1;
                }
                String w = words.lower(toks.get(k).text());
                if (w.endsWith(".")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (!w.equals(part)) {
                    return -1;
                }
                last = k;
                k++;
            }
            if (last + 1 < toks.size() && toks.get(last + 1).text().equals(".")) {
                last++;
            }
            return last;
        }

        int nextWord(int from) {
            for (int k = from; k < toks.size(); k++) {
                if (toks.get(k).word()) {
                    return k;
                }
                if (!toks.get(k).text().equals(".")) {
                    return -1;
                }
            }
            return -1;
        }

        // ---- token classes --------------------------------------------------------------------------------

        void classify(boolean caselessPass) {
            for (int i = 0; i < toks.size(); i++) {
                if (kind[i] == Kind.TITLE || isCaseless(i) != caselessPass) {
                    continue;
                }
                kind[i] = caselessPass ? classifyCaseless(i) : classifyCased(i);
            }
        }

        Kind classifyCaseless(int i) {
            Tokens.Tok t = toks.get(i);
            if (!t.word() || letters(t.text()) == 0) {
                return Kind.NONE;
            }
            String lw = words.lower(t.text());
            if (words.isParticle(lw) && !initial[i]) {
                return Kind.PART;
            }
            if (strongForms.contains(lw)) {
                return Kind.STRONG;
            }
            if (words.calendar.contains(lw) || words.isStopWord(lw)) {
                return Kind.NONE;
            }
            if (words.country(t.text()) != null) {
                return Kind.STRONG;
            }
            String titled = lw.substring(0, 1).toUpperCase(words.locale) + lw.substring(1);
            Lexicon.Info info = own.info(titled);
            if (info.proper() && !info.common()) {
                return Kind.STRONG;
            }
            return Kind.NONE;
        }

        Kind classifyCased(int i) {
            Tokens.Tok t = toks.get(i);
            String w = t.text();
            if (!t.word() || letters(w) == 0 || w.length() == 1) {
                return Kind.NONE;
            }
            String lw = words.lower(w);
            if (!isCap(w)) {
                return words.isParticle(lw) && !initial[i] ? Kind.PART : Kind.NONE;
            }
            if (words.calendar.contains(lw) || words.isStopWord(lw)) {
                return Kind.NONE;
            }
            String nat = words.nationality(w);
            // Where adjectives are written in lower case, a capitalised one mid-sentence starts a name
            // (Deutschen Bank, Europäischen Union).
            boolean lowerAdjectives = Set.of("de", "fr", "es", "it", "pt", "ru", "ca", "pl", "sv").contains(lang);
            if (nat != null && words.country(w) == null && !(lowerAdjectives && !initial[i])) {
                natCode[i] = nat;
                return Kind.NAT;
            }
            Lexicon.Info info = own.info(w);
            if (isAcronym(w)) {
                // Only the form as written counts: "EFE" is an agency even though "efe" is a letter's name.
                boolean commonOnly = info.exactCommon() && !info.proper() && !"de".equals(lang);
                return commonOnly && words.country(w) == null ? Kind.WEAK : Kind.STRONG;
            }
            if (!initial[i]) {
                if ("ru".equals(lang) || info.proper()) {
                    return Kind.STRONG;
                }
                if (!info.known()) {
                    return "de".equals(lang) && germanCompound(w) ? Kind.NONE : Kind.STRONG;
                }
                if ("de".equals(lang)) {
                    boolean nameLike = info.adjective() || words.orgWords.contains(lw) || words.placeWords.contains(lw);
                    return nameLike ? Kind.WEAK : Kind.NONE;
                }
                return Kind.WEAK;
            }
            if (info.proper() && !(info.common() && lowerSeen.contains(lw))) {
                return Kind.STRONG;
            }
            if (!info.known()) {
                if ("de".equals(lang) && germanCompound(w)) {
                    return Kind.NONE;
                }
                return lowerSeen.contains(lw) ? Kind.WEAK : Kind.STRONG;
            }
            if (!"de".equals(lang) && capMid.contains(w) && !lowerSeen.contains(lw)) {
                return Kind.STRONG;
            }
            if ("de".equals(lang) && !(info.adjective() || words.orgWords.contains(lw))) {
                return Kind.NONE;
            }
            return Kind.WEAK;
        }

        /**
         * Makes the capitalised word after a given name part of the name even where it looks like a common noun or
         * a compound ("Hermann Wohlberg", "Rudi Vogel", "Jürgen Schaper" in German, which capitalises every noun),
         * and then every later use of that surname alone, with a genitive "s" too ("Wohlbergs").
         */
        void surnamesAfterGivenNames() {
            Set<String> surnames = new HashSet<>();
            for (int i = 0; i + 1 < toks.size(); i++) {
                int j = i + 1;
                if ((kind[i] != Kind.STRONG && kind[i] != Kind.WEAK) || kind[j] != Kind.NONE
                        || sentenceOf[j] != sentenceOf[i] || !toks.get(j).word()
                        || !" ".equals(text.substring(toks.get(i).end(), toks.get(j).start()))
                        || !isCap(toks.get(j).text()) || letters(toks.get(j).text()) < 3
                        || words.isStopWord(words.lower(toks.get(j).text())) || !givenName(toks.get(i).text())) {
                    continue;
                }
                kind[j] = Kind.STRONG;
                surnames.add(toks.get(j).text());
            }
            if (surnames.isEmpty()) {
                return;
            }
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text();
                if (kind[i] == Kind.NONE && toks.get(i).word() && (surnames.contains(w)
                        || w.endsWith("s") && surnames.contains(w.substring(0, w.length() - 1)))) {
                    kind[i] = Kind.STRONG;
                }
            }
        }

        private boolean givenName(String w) {
            if (own.info(w).firstName()) {
                return true;
            }
            for (Lexicon.Session g : gazetteers) {
                if (g.info(w).firstName()) {
                    return true;
                }
            }
            return false;
        }

        /** Tells whether an unknown German word ends in a known common noun (Bundesregierung, Zinssenkung). */
        boolean germanCompound(String w) {
            for (int k = 3; k <= w.length() - 4; k++) {
                String tail = w.substring(k, k + 1).toUpperCase(Locale.GERMAN) + w.substring(k + 1);
                Lexicon.Info info = own.info(tail);
                if (info.known() && info.common() && !info.proper()) {
                    return true;
                }
            }
            return false;
        }

        // ---- chains ---------------------------------------------------------------------------------------

        List<Cand> chains() {
            List<Cand> out = new ArrayList<>();
            int i = 0;
            while (i < toks.size()) {
                if (kind[i] != Kind.STRONG && kind[i] != Kind.WEAK) {
                    i++;
                    continue;
                }
                int a = i;
                int b = i;
                int k = i + 1;
                while (k < toks.size() && sentenceOf[k] == sentenceOf[a]) {
                    int middle = initialEnd(k);
                    if (kind[k] == Kind.STRONG || kind[k] == Kind.WEAK) {
                        b = k;
                        k++;
                    } else if (middle >= 0 && middle + 1 < toks.size() && sentenceOf[middle + 1] == sentenceOf[a]
                            && (kind[middle + 1] == Kind.STRONG || kind[middle + 1] == Kind.WEAK)) {
                        // A middle initial: George W. Bush.
                        k = middle + 1;
                    } else if ((kind[k] == Kind.PART || "&".equals(toks.get(k).text())) && k + 1 < toks.size()
                            && (kind[k + 1] == Kind.STRONG || kind[k + 1] == Kind.WEAK)
                            && sentenceOf[k + 1] == sentenceOf[a]) {
                        k++;
                    } else {
                        break;
                    }
                }
                i = b + 1;
                // A capitalised sentence opener before a name is usually an ordinary word (Yesterday Russia...).
                if (initial[a] && kind[a] == Kind.WEAK && a < b && words.country(key(a, b)) == null
                        && !own.info(toks.get(a).text()).adjective()) {
                    int n = a + 1;
                    if (kind[n] == Kind.STRONG) {
                        a = n;
                    }
                }
                boolean strong = false;
                boolean marked = false;
                int count = 0;
                for (int x = a; x <= b; x++) {
                    if (kind[x] == Kind.STRONG) {
                        strong = true;
                    }
                    if (kind[x] == Kind.STRONG || kind[x] == Kind.WEAK) {
                        count++;
                        String lw = words.lower(toks.get(x).text());
                        marked |= words.orgWords.contains(lw) || words.placeWords.contains(lw);
                    }
                }
                if (!strong) {
                    String only = words.lower(toks.get(a).text());
                    // German capitalises every noun, so a lone institution word (Regierung) says nothing; in
                    // sentence-case languages two capitalised words mid-sentence are a name (Buenos Aires).
                    boolean german = "de".equals(lang);
                    boolean keep = marked && (count >= 2 || (!german && !initial[a] && !lowerSeen.contains(only)))
                            || (count >= 2 && !initial[a] && !german && !"en".equals(lang));
                    if (!keep) {
                        continue;
                    }
                }
                // An initial before a surname belongs to the name: "J. Russell 56", "A. Dale".
                int initialAt = initialBefore(a);
                if (initialAt >= 0) {
                    a = initialAt;
                }
                int s0 = toks.get(a).start();
                int s1 = toks.get(b).end();
                Cand c = new Cand(a, b, sentenceOf[a], text.substring(s0, s1));
                c.key = key(a, b);
                if (!c.key.isEmpty()) {
                    out.add(c);
                }
            }
            return out;
        }

        /** Returns the first token of a single-letter initial right before token {@code a}, or -1. */
        int initialBefore(int a) {
            for (int p = Math.max(0, a - 2); p < a; p++) {
                if (initialEnd(p) == a - 1 && sentenceOf[p] == sentenceOf[a]) {
                    return p;
                }
            }
            return -1;
        }

        /** Returns the last token of a single-letter initial starting at token {@code p} ("W." or "W" "."), or -1. */
        int initialEnd(int p) {
            if (p < 0 || p >= toks.size() || !toks.get(p).word()) {
                return -1;
            }
            String t = toks.get(p).text();
            if (t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0))) {
                return p;
            }
            if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && p + 1 < toks.size()
                    && toks.get(p + 1).text().equals(".") && toks.get(p).end() == toks.get(p + 1).start()) {
                return p + 1;
            }
            return -1;
        }

        String key(int a, int b) {
            StringBuilder sb = new StringBuilder();
            for (int x = a; x <= b; x++) {
                Tokens.Tok t = toks.get(x);
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                String w = t.text();
                if (w.equals(".") && sb.length() > 0) {
                    // The dot of an initial: "W. Bush", not "W . Bush".
                    sb.setLength(sb.length() - 1);
                    sb.append('.');
                    continue;
                }
                sb.append(isAcronym(w) && letters(w) > 1 ? w.replace(".", "") : w);
            }
            return sb.toString();
        }

        // ---- evidence per mention -------------------------------------------------------------------------

        void describe(Cand c) {
            int n = c.b - c.a + 1;
            c.lean(ActorType.PERSON, 0.2);
            c.lean(ActorType.LOCATION, 0.3);
            c.lean(ActorType.ORGANIZATION, 0.25);
            // Title right before: President Donald Trump, Mr Tillerson.
            int before = c.a - 1;
            while (before >= 0 && toks.get(before).text().equals(".") && kind[before] == Kind.TITLE) {
                before--;
            }
            if (before >= 0 && kind[before] == Kind.TITLE) {
                c.titleEnd = before;
                c.titleStart = titleStartAt[before];
                c.vote(ActorType.PERSON, 3);
            }
            if (letters(toks.get(c.a).text()) == 1 && c.b > c.a) {
                c.vote(ActorType.PERSON, 3);
            }
            String country = words.country(c.key);
            if (country == null && n == 1) {
                country = words.country(toks.get(c.a).text());
            }
            if (country != null) {
                c.country = country;
                c.vote(ActorType.LOCATION, 5);
            }
            boolean org = false;
            for (int x = c.a; x <= c.b; x++) {
                String lw = words.lower(toks.get(x).text());
                if (words.orgWords.contains(lw)) {
                    org = true;
                    c.vote(ActorType.ORGANIZATION, x == c.b ? 4 : 2);
                }
                if (words.placeWords.contains(lw)) {
                    c.vote(ActorType.LOCATION, 2);
                }
            }
            String lastWord = words.lower(toks.get(c.b).text());
            if (n >= 2 && words.events.contains(lastWord)
                    || n >= 2 && words.events.contains("^" + words.lower(toks.get(c.a).text()))) {
                // "U.S. Open", "Davis Cup", "Labor Day": an event, not an actor.
                c.vote(ActorType.OTHER, 6);
            }
            int after = c.b + 1;
            boolean headline = isCaseless(c.a);
            String last = toks.get(c.b).text();
            int dash = last.lastIndexOf('-');
            if (dash > 0 && dash + 1 < last.length() && (Character.isLowerCase(last.charAt(dash + 1))
                    || words.nationality(last.substring(dash + 1)) != null)) {
                // "Hong Kong-based", "US-led": a modifier, not the name itself.
                c.vote(ActorType.OTHER, 6);
            }
            if ((headline || allCaps(c)) && initial[c.a] && after < toks.size()
                    && (Character.isDigit(toks.get(after).text().charAt(0)) || toks.get(after).text().equals("(")
                    || toks.get(after).text().equals(","))) {
                // A dateline: "BRUSSELS 1996-08-22", "MOSCOW (Reuters) -".
                c.vote(ActorType.LOCATION, 2);
            }
            if (n == 1 && isAcronym(toks.get(c.a).text()) && country == null && !headline) {
                c.vote(ActorType.ORGANIZATION, 2);
            }
            // Lower-case organisation word beside the name: militant group Hezbollah, the G7 group.
            if (before >= 0 && kind[before] != Kind.TITLE && toks.get(before).word()
                    && isLowerStart(toks.get(before).text())
                    && words.orgWords.contains(toks.get(before).text())) {
                c.vote(ActorType.ORGANIZATION, 2);
            }
            if (after < toks.size() && toks.get(after).word() && isLowerStart(toks.get(after).text())
                    && words.orgWords.contains(toks.get(after).text())) {
                c.vote(ActorType.ORGANIZATION, 2);
            }
            if (before >= 0 && toks.get(before).word() && words.placePrepositions.contains(
                    words.lower(toks.get(before).text())) && !org) {
                c.vote(ActorType.LOCATION, 0.8);
            }
            // "the city of Northbridge", "mayor of London": the noun before "of" governs a place.
            if (before >= 1 && toks.get(before).word() && toks.get(before - 1).word() && !org
                    && words.placeOf.contains(words.lower(toks.get(before - 1).text()) + " "
                    + words.lower(toks.get(before).text()))) {
                c.vote(ActorType.LOCATION, 3);
            }
            if (country == null && !org && teamEvidence(c, before, after)) {
                // Sports results name clubs by their town: "Surrey 468", "Essex v Kent", "CHICAGO AT TORONTO".
                c.vote(ActorType.ORGANIZATION, 3);
            }
            c.teamCue = country == null && cued(words.team, c, before, after);
            if (country == null && cued(words.firm, c, before, after)) {
                // "Cofinec CEO Stephen Frater", "40 percent of Ruch's shares", "shares of Magna".
                c.vote(ActorType.ORGANIZATION, 3);
            }
            // Speech verbs: "Putin said", "said Putin", "Tillerson, ..., said" is left to the quotes stage.
            int v = after;
            // "said Putin" only after a quote or comma; "told Reuters" has the name as the object.
            boolean inverted = before >= 1 && isSpeech(before) && !toks.get(before - 1).word();
            if (isSpeech(v) || inverted) {
                c.speaker = true;
                c.vote(ActorType.PERSON, 1.5);
            }
            // Name types from the dictionaries.
            for (int x = c.a; x <= c.b; x++) {
                String w = toks.get(x).text();
                if (kind[x] == Kind.PART) {
                    continue;
                }
                double weight = n == 1 ? 1.5 : (x == c.b ? 1.2 : 0.6);
                Lexicon.Info o = own.info(headline && isAllCaps(w) ? titleCase(w) : w);
                if (!o.known() && own != null) {
                    // Words no dictionary knows are mostly surnames; places and firms are more often listed.
                    c.lean(ActorType.PERSON, 0.4 * weight);
                }
                if (n == 1 && o.adjective() && country == null) {
                    c.vote(ActorType.OTHER, 3);
                }
                if (o.type() != null) {
                    c.vote(o.type(), weight * 1.5);
                }
                if (o.firstName() && x == c.a && n >= 2) {
                    c.vote(ActorType.PERSON, 2.5);
                }
                for (Lexicon.Session g : gazetteers) {
                    if (g == own) {
                        continue;
                    }
                    Lexicon.Info gi = g.info(isAllCaps(w) && (w.length() > 4 || headline) ? titleCase(w) : w);
                    if (gi.type() != null && !(o.known() && !o.proper())) {
                        c.vote(gi.type(), weight * 0.7);
                    }
                    if (gi.firstName() && x == c.a && n >= 2) {
                        c.vote(ActorType.PERSON, 1.2);
                    }
                }
            }
        }

        /**
         * Tells whether a name reads as a team in a results line: followed by a score in a line of figures
         * ("Surrey 468 ( C. Lewis 94 )", "SEATTLE 9 Baltimore 6"), either side of "v"/"vs", or before "AT" in a
         * fixtures line in capitals. A person in a scorecard is written with an initial or a given name and is
         * left alone.
         */
        boolean teamEvidence(Cand c, int before, int after) {
            if (c.b > c.a && (letters(toks.get(c.a).text()) == 1 || givenName(toks.get(c.a).text()))) {
                return false;
            }
            if (versus(before) || versus(after)) {
                return true;
            }
            if (after < toks.size() && sentenceOf[after] == c.sentence && isScore(toks.get(after).text())) {
                int numbers = 0;
                int lower = 0;
                for (int x = after; x < toks.size() && sentenceOf[x] == c.sentence; x++) {
                    String t = toks.get(x).text();
                    if (isScore(t)) {
                        numbers++;
                    } else if (toks.get(x).word() && isLowerStart(t)) {
                        lower++;
                    }
                }
                for (int x = before; x >= 0 && sentenceOf[x] == c.sentence; x--) {
                    if (toks.get(x).word() && isLowerStart(toks.get(x).text())) {
                        lower++;
                    }
                }
                return numbers >= 2 && lower <= 3;
            }
            // "CHICAGO AT TORONTO": the first is the visiting team, the second the venue.
            return isCaseless(c.a) && initial[c.a] && after + 1 < toks.size() && "AT".equals(toks.get(after).text())
                    && sentenceOf[after + 1] == c.sentence && (after + 2 >= toks.size()
                    || sentenceOf[after + 2] != c.sentence || kind[after + 2] == Kind.STRONG
                    || kind[after + 2] == Kind.WEAK);
        }

        /** Tells whether a cue word follows the name (after a possessive too) or one or two cue words precede it. */
        boolean cued(ActorLanguage.Cues cues, Cand c, int before, int after) {
            int a = after;
            if (a + 1 < toks.size() && (toks.get(a).text().equals("'") || toks.get(a).text().equals("’"))
                    && toks.get(a + 1).text().equalsIgnoreCase("s")) {
                a += 2;
            } else if (a < toks.size() && (toks.get(a).text().equals("'s") || toks.get(a).text().equals("’s"))) {
                a++;
            }
            if (a < toks.size() && sentenceOf[a] == c.sentence && toks.get(a).word()
                    && cues.after().contains(words.lower(toks.get(a).text()))) {
                return true;
            }
            if (before < 0 || !toks.get(before).word()) {
                return false;
            }
            String one = words.lower(toks.get(before).text());
            if (cues.before().contains(one)) {
                return true;
            }
            return before >= 1 && toks.get(before - 1).word()
                    && cues.before().contains(words.lower(toks.get(before - 1).text()) + " " + one);
        }

        boolean allCaps(Cand c) {
            for (int x = c.a; x <= c.b; x++) {
                if (toks.get(x).word() && !isAllCaps(toks.get(x).text())) {
                    return false;
                }
            }
            return true;
        }

        boolean versus(int i) {
            if (i < 0 || i >= toks.size() || !toks.get(i).word()) {
                return false;
            }
            String t = toks.get(i).text();
            return t.equals("v") || t.equals("vs") || t.equals("v.") || t.equals("vs.");
        }

        static boolean isScore(String t) {
            if (t.isEmpty() || t.length() > 3) {
                return false;
            }
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Credits "He said ..." to the likely subject: the first person named earlier in the same sentence, else
         * the first person of the latest sentence that names one.
         */
        void creditPronounSpeakers(List<Cand> cands) {
            int next = 0;
            Cand current = null;
            Cand previous = null;
            int currentSentence = Integer.MIN_VALUE;
            for (int i = 0; i < toks.size(); i++) {
                if (sentenceOf[i] != currentSentence) {
                    if (current != null) {
                        previous = current;
                    }
                    current = null;
                    currentSentence = sentenceOf[i];
                }
                while (next < cands.size() && cands.get(next).b < i) {
                    Cand c = cands.get(next++);
                    if (c.type == ActorType.PERSON && current == null && c.sentence == currentSentence) {
                        current = c;
                    }
                }
                Cand subject = current != null ? current : previous;
                if (subject != null && toks.get(i).word() && PRONOUNS.contains(words.lower(toks.get(i).text()))
                        && isSpeech(i + 1)) {
                    subject.credits++;
                }
            }
        }

        boolean isSpeech(int i) {
            return i >= 0 && i < toks.size() && toks.get(i).word()
                    && words.speechVerbs.contains(words.lower(toks.get(i).text()));
        }

        String titleCase(String w) {
            String lw = words.lower(w);
            return lw.substring(0, 1).toUpperCase(words.locale) + lw.substring(1);
        }

        // ---- clusters -------------------------------------------------------------------------------------

        List<Actor> actors(List<Cand> cands) {
            int n = cands.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            Map<String, Integer> byKey = new HashMap<>();
            Map<String, Integer> byCountry = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Cand c = cands.get(i);
                String k = words.lower(c.key);
                Integer same = byKey.putIfAbsent(k, i);
                if (same != null) {
                    union(parent, same, i);
                }
                if (c.country != null) {
                    Integer other = byCountry.putIfAbsent(c.country, i);
                    if (other != null) {
                        union(parent, other, i);
                    }
                }
            }
            List<String> keys = new ArrayList<>(byKey.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            for (String k : keys) {
                int i = byKey.get(k);
                String[] parts = k.split(" ");
                if (parts.length == 1) {
                    Integer target = aliasTarget(k, cands, byKey, keys);
                    if (target != null) {
                        union(parent, target, i);
                    }
                }
            }
            // Acronyms of longer names: UN ↔ United Nations.
            for (String k : keys) {
                Cand c = cands.get(byKey.get(k));
                if (c.a != c.b || !isAcronym(c.key)) {
                    continue;
                }
                for (String other : keys) {
                    if (other.contains(" ") && initials(other).equals(words.lower(c.key))) {
                        union(parent, byKey.get(other), byKey.get(k));
                        break;
                    }
                }
            }
            Map<Integer, List<Cand>> groups = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(cands.get(i));
            }
            Map<String, Double> natLinks = nationalityLinks();
            List<Actor> out = new ArrayList<>();
            double max = 0;
            for (List<Cand> g : groups.values()) {
                EnumMap<ActorType, Double> votes = new EnumMap<>(ActorType.class);
                boolean multi = g.stream().anyMatch(c -> c.b > c.a);
                for (Cand c : g) {
                    c.votes.forEach((t, w) -> votes.merge(t, w, Double::sum));
                }
                // Defaults repeat with every mention of the same words; counted in full they would outvote a cue
                // seen once ("Cofinec CEO"), so they grow with the square root of the mentions.
                double damp = 1 / Math.sqrt(g.size());
                for (Cand c : g) {
                    c.prior.forEach((t, w) -> votes.merge(t, w * damp, Double::sum));
                }
                // A single word that repeats the last word of a longer name is how people are referred to.
                Set<String> lastWords = new HashSet<>();
                g.stream().filter(c -> c.b > c.a).forEach(c -> lastWords.add(words.lower(toks.get(c.b).text())));
                boolean surnameAlone = g.stream().anyMatch(c -> c.a == c.b
                        && lastWords.contains(words.lower(toks.get(c.a).text())));
                if (multi && surnameAlone && g.stream().noneMatch(c -> c.country != null)) {
                    votes.merge(ActorType.PERSON, 2.0, Double::sum);
                    // "Bob Dole" ... "Dole" x4: each surname mention of a name that opens with a given name is the
                    // person again, however many place votes the bare surname collects ("Dole" is a French town).
                    if (g.stream().anyMatch(c -> c.b > c.a && givenName(toks.get(c.a).text()))) {
                        long singles = g.stream().filter(c -> c.a == c.b
                                && lastWords.contains(words.lower(toks.get(c.a).text()))).count();
                        votes.merge(ActorType.PERSON, 1.5 * singles, Double::sum);
                    }
                }
                ActorType best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                // A town that captains, beats and is beaten is a club.
                boolean club = best == ActorType.LOCATION && g.stream().anyMatch(c -> c.teamCue)
                        && g.stream().noneMatch(c -> c.country != null);
                ActorType type = club ? ActorType.ORGANIZATION : best;
                g.forEach(c -> c.type = type);
                if (DEBUG) {
                    System.err.println(g.get(0).key + " " + votes);
                }
            }
            creditPronounSpeakers(cands);
            for (List<Cand> g : groups.values()) {
                ActorType type = g.get(0).type;
                String name = name(g, type);
                String role = type == ActorType.PERSON ? role(g) : null;
                double s = salience(g, type, role, natLinks);
                List<Mention> mentions = new ArrayList<>();
                for (Cand c : g) {
                    mentions.add(new Mention(toks.get(c.a).start(), toks.get(c.b).end(), c.text));
                }
                mentions.sort(Comparator.comparingInt(Mention::start));
                out.add(new Actor(name, type, role, s, mentions));
                max = Math.max(max, s);
            }
            double norm = max <= 0 ? 1 : max;
            List<Actor> scaled = new ArrayList<>(out.size());
            for (Actor a : out) {
                scaled.add(new Actor(a.name(), a.type(), a.role(), Math.round(a.salience() / norm * 1000) / 1000.0,
                        a.mentions()));
            }
            scaled.sort(Comparator.comparingDouble(Actor::salience).reversed()
                    .thenComparingInt(a -> a.mentions().get(0).start()));
            return scaled;
        }

        /** Finds the longer name a single word refers to: Tillerson → Rex Tillerson, Assad → Bashar al-Assad. */
        Integer aliasTarget(String k, List<Cand> cands, Map<String, Integer> byKey, List<String> keys) {
            Integer best = null;
            for (String other : keys) {
                if (other.equals(k)) {
                    continue;
                }
                String[] parts = other.split(" ");
                if (parts.length > 1) {
                    String last = stripParticle(parts[parts.length - 1]);
                    String first = parts[0];
                    if (last.equals(k) || (parts.length == 2 && first.equals(k)
                            && cands.get(byKey.get(other)).votes.getOrDefault(ActorType.ORGANIZATION, 0.0) > 2)) {
                        return byKey.get(other);
                    }
                    continue;
                }
                if (best == null && inflected(k, other)) {
                    best = byKey.get(other);
                }
            }
            return best;
        }

        /** Tells whether two single words are forms of one name: Russlands/Russland, Путина/Путин. */
        boolean inflected(String a, String b) {
            String shorter = a.length() <= b.length() ? a : b;
            String longer = a.length() <= b.length() ? b : a;
            if (shorter.length() < 4 || longer.length() - shorter.length() > 2) {
                return false;
            }
            int common = 0;
            while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
                common++;
            }
            if (common == shorter.length()) {
                return true;
            }
            return common >= shorter.length() - 1 && common >= 4 && JARO_WINKLER.apply(a, b) >= 0.92;
        }

        String stripParticle(String w) {
            int dash = w.indexOf('-');
            if (dash > 0 && dash <= 3 && isLowerStart(w)) {
                return w.substring(dash + 1);
            }
            return w;
        }

        String initials(String lowerKey) {
            StringBuilder sb = new StringBuilder();
            for (String p : lowerKey.split(" ")) {
                if (!p.isEmpty() && !words.isParticle(p)) {
                    sb.append(p.charAt(0));
                }
            }
            return sb.toString();
        }

        String name(List<Cand> g, ActorType type) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Cand c : g) {
                counts.merge(c.key, 1, Integer::sum);
            }
            if (type == ActorType.PERSON || type == ActorType.ORGANIZATION) {
                return counts.keySet().stream().max(Comparator.comparingInt((String k) -> k.split(" ").length)
                        .thenComparingInt(counts::get)).get();
            }
            String country = g.stream().map(c -> c.country).filter(x -> x != null).findFirst().orElse(null);
            String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            if (country != null && !counts.containsKey(best)) {
                return words.countryNames.getOrDefault(country, best);
            }
            return best;
        }

        String role(List<Cand> g) {
            for (Cand c : g) {
                if (c.titleStart >= 0) {
                    int start = c.titleStart;
                    // Extend over a nationality or country before the title: US Secretary of State.
                    int p = start - 1;
                    if (p >= 0 && (kind[p] == Kind.NAT || (kind[p] == Kind.STRONG && (isAcronym(toks.get(p).text())
                            || words.country(toks.get(p).text()) != null)))) {
                        start = p;
                    }
                    int end = toks.get(c.titleEnd).end();
                    String r = text.substring(toks.get(start).start(), end);
                    return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
                }
            }
            for (Cand c : g) {
                String r = apposition(c);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }

        /** Reads "Alex Salmond, the SNP’s Foreign Affairs spokesperson," → "the SNP’s Foreign Affairs spokesperson". */
        String apposition(Cand c) {
            int k = c.b + 1;
            if (k >= toks.size() || !toks.get(k).text().equals(",")) {
                return null;
            }
            int first = k + 1;
            if (first >= toks.size() || !toks.get(first).word()) {
                return null;
            }
            String fw = words.lower(toks.get(first).text());
            boolean article = words.isStopWord(fw) && fw.length() <= 4 && isLowerStart(toks.get(first).text())
                    && !words.speechVerbs.contains(fw);
            if (!article && kind[first] != Kind.TITLE && kind[first] != Kind.NAT) {
                return null;
            }
            int end = -1;
            for (int x = first; x < toks.size() && x <= first + 10; x++) {
                if (sentenceOf[x] != c.sentence) {
                    break;
                }
                String t = toks.get(x).text();
                if (t.equals(",")) {
                    end = x;
                    break;
                }
                if (!toks.get(x).word() && !"’'-".contains(t)) {
                    break;
                }
                if (words.speechVerbs.contains(words.lower(t)) || (x > first && words.isStopWord(words.lower(t))
                        && RELATIVES.contains(words.lower(t)))) {
                    break;
                }
            }
            if (end <= first + 1) {
                return null;
            }
            return text.substring(toks.get(first).start(), toks.get(end - 1).end());
        }

        Map<String, Double> nationalityLinks() {
            Map<String, Double> links = new HashMap<>();
            for (int i = 0; i < toks.size(); i++) {
                Tokens.Tok t = toks.get(i);
                if (!t.word()) {
                    continue;
                }
                String code = natCode[i];
                if (code == null && isLowerStart(t.text())) {
                    code = words.nationality(t.text());
                }
                if (code != null) {
                    links.merge(code, 1.0, Double::sum);
                }
            }
            return links;
        }

        double salience(List<Cand> g, ActorType type, String role, Map<String, Double> natLinks) {
            double s = 0;
            int sentences = Math.max(1, article.sentences().size());
            int k = 0;
            for (Cand c : g) {
                // Each further mention adds less: repetition alone should not outrank being quoted.
                double w = 1 / Math.sqrt(++k);
                if (c.sentence >= 0) {
                    w += 0.5 * (1 - (double) c.sentence / sentences);
                    if (c.sentence == 0) {
                        w += 0.5;
                    }
                    if (summary.contains(c.sentence)) {
                        w += 0.5;
                    }
                }
                if (c.speaker) {
                    w += 3;
                }
                w += 3 * c.credits;
                s += w;
            }
            for (int i = quotesSpokenBy(g); i > 0; i--) {
                s += 3;
            }
            String country = g.stream().map(c -> c.country).filter(x -> x != null).findFirst().orElse(null);
            if (country != null) {
                s += 0.5 * natLinks.getOrDefault(country, 0.0);
            }
            if (role != null) {
                s += 1;
            }
            double factor = switch (type) {
                case PERSON -> 1.5;
                case ORGANIZATION -> 1.0;
                case LOCATION -> 0.6;
                case OTHER -> 0.5;
            };
            return s * factor;
        }

        /**
         * Counts the quotes whose speaker names the actor {@code g}. Speakers and mention keys are compared once per
         * distinct pair: comparing every quote with every mention made a long article (8,000 quotes, 100,000
         * mentions) spend most of its time here.
         */
        int quotesSpokenBy(List<Cand> g) {
            if (speakerCounts == null) {
                speakerCounts = new HashMap<>();
                for (Quote q : quotes) {
                    if (q != null && q.speaker() != null) {
                        speakerCounts.merge(words.lower(q.speaker()), 1, Integer::sum);
                    }
                }
            }
            if (speakerCounts.isEmpty()) {
                return 0;
            }
            Set<String> keys = new HashSet<>();
            for (Cand c : g) {
                keys.add(words.lower(c.key));
            }
            int n = 0;
            for (Map.Entry<String, Integer> e : speakerCounts.entrySet()) {
                if (speaks(keys, e.getKey())) {
                    n += e.getValue();
                }
            }
            return n;
        }

        static boolean speaks(Set<String> lowerKeys, String sp) {
            for (String k : lowerKeys) {
                if (sp.equals(k) || sp.contains(k) && k.length() >= 3 || k.contains(sp) && sp.length() >= 3) {
                    return true;
                }
            }
            return false;
        }

        static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    // ---- character tests ----------------------------------------------------------------------------------

    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isAllCaps(String w) {
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper && letters(w) >= 2;
    }

    /** Tells whether {@code w} is written like an acronym: UN, U.S., G7, SNP. */
    static boolean isAcronym(String w) {
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        return upper && (letters(w) >= 2 || digit) && w.length() <= 8;
    }

    /** Tells whether {@code w} starts with a capital, also after a lower-case particle (al-Assad, d’Alema). */
    static boolean isCap(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }

    static boolean isLowerStart(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !isCap(w);
    }
}
