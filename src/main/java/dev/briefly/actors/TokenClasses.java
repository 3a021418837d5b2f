package dev.briefly.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.briefly.actors.WordShape.isAcronym;
import static dev.briefly.actors.WordShape.isCap;
import static dev.briefly.actors.WordShape.isLowerStart;
import static dev.briefly.actors.WordShape.letters;

/**
 * Decides what each token can be in a name: a strong word (a name on its own evidence), a weak one (capitalised,
 * joins a name), a nationality adjective, a particle, or nothing. Cased sentences go first, from capitals, the
 * dictionary and the article's case evidence; then the word after a given name becomes a surname; then headlines
 * in capitals, from the forms found strong in the body.
 *
 * <p>How the language writes (capitalised nouns, lower-case nationality adjectives, a lower-case dictionary)
 * comes from its {@code name-writing.txt} ({@link ActorLanguage}). Reads {@link ArticleState#initial},
 * {@link ArticleState#caseless}, {@link ArticleState#lowerSeen}, {@link ArticleState#capMid} and the titles;
 * writes {@link ArticleState#kind}, {@link ArticleState#natCode} and {@link ArticleState#strongForms}.
 * Thread-safe.
 */
final class TokenClasses implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        classify(s, false);
        for (int i = 0; i < s.toks.size(); i++) {
            if (inAgencyName(s, i)) {
                // "De Morgen" as written is the newspaper, though "De" is an article and "morgen" a common word.
                s.kind[i] = TokenKind.STRONG;
            }
        }
        surnamesAfterGivenNames(s);
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.kind[i] == TokenKind.STRONG) {
                s.strongForms.add(s.words.lower(s.tok(i)));
            }
        }
        classify(s, true);
    }

    private static void classify(ArticleState s, boolean caselessPass) {
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.kind[i] == TokenKind.TITLE || s.isCaseless(i) != caselessPass) {
                continue;
            }
            s.kind[i] = caselessPass ? classifyCaseless(s, i) : classifyCased(s, i);
        }
    }

    private static TokenKind classifyCaseless(ArticleState s, int i) {
        Tokens.Tok t = s.toks.get(i);
        ActorLanguage words = s.words;
        if (!t.word() || letters(t.text()) == 0) {
            return TokenKind.NONE;
        }
        String lw = words.lower(t.text());
        if (words.isParticle(lw) && !s.initial[i]) {
            return TokenKind.PART;
        }
        if (s.strongForms.contains(lw) || credit(s, i)) {
            return TokenKind.STRONG;
        }
        if (words.isCalendar(lw) || words.isStopWord(lw)) {
            return TokenKind.NONE;
        }
        if (words.country(t.text()) != null) {
            return TokenKind.STRONG;
        }
        String titled = lw.substring(0, 1).toUpperCase(words.locale) + lw.substring(1);
        Lexicon.Info info = s.own.info(titled);
        if (info.proper() && !info.common()) {
            return TokenKind.STRONG;
        }
        return TokenKind.NONE;
    }

    private static TokenKind classifyCased(ArticleState s, int i) {
        Tokens.Tok t = s.toks.get(i);
        ActorLanguage words = s.words;
        String w = t.text();
        if (!t.word() || letters(w) == 0 || w.length() == 1) {
            return TokenKind.NONE;
        }
        String lw = words.lower(w);
        if (credit(s, i)) {
            return TokenKind.STRONG;
        }
        if (!isCap(w)) {
            // A particle that is also an article of the language ("der", "den") links a name only after another
            // particle ("von der Leyen", "van der Westhuizen"), not "Helmut Schlich der Kölner Zeitung".
            boolean article = words.determiners.contains(lw) && !(i > 0 && s.kind[i - 1] == TokenKind.PART);
            return words.isParticle(lw) && !s.initial[i] && !article ? TokenKind.PART : TokenKind.NONE;
        }
        if (words.isStopWord(lw) && startsCountry(s, i)) {
            // "Estados Unidos": "estados" is a form of "estar" in the Spanish stop list.
            return TokenKind.WEAK;
        }
        if (words.isCalendar(lw) || words.isStopWord(lw) || contraction(s, w)) {
            return TokenKind.NONE;
        }
        String nat = words.nationality(w);
        // Where adjectives are written in lower case, a capitalised one mid-sentence starts a name
        // (Deutschen Bank, Europäischen Union).
        if (nat != null && words.country(w) == null && !(words.lowerCaseNationalities && !s.initial[i])) {
            s.natCode[i] = nat;
            return TokenKind.NAT;
        }
        Lexicon.Info info = s.own.info(w);
        // Where every noun is capitalised, a capital says little and the dictionary's common readings decide.
        boolean nouns = words.capitalisedNouns;
        if (isAcronym(w)) {
            // Only the form as written counts: "EFE" is an agency even though "efe" is a letter's name.
            // Where common abbreviations are written in lower case, one in capitals is a name however the
            // dictionary lists it ("de NMBS", "het IOC").
            boolean commonOnly = info.exactCommon() && !info.proper() && !nouns && !words.lowerCaseAbbreviations;
            return commonOnly && words.country(w) == null ? TokenKind.WEAK : TokenKind.STRONG;
        }
        if (!s.initial[i]) {
            if (words.lowerCaseDictionary || info.proper()) {
                return TokenKind.STRONG;
            }
            if (orgCompound(s, w)) {
                return TokenKind.STRONG;
            }
            if (!info.known()) {
                return nouns && compoundNoun(s, w) && !placeCompound(s, w) ? TokenKind.NONE : TokenKind.STRONG;
            }
            if (nouns) {
                boolean nameLike = info.adjective() || words.orgWords.contains(lw) || words.placeWords.contains(lw);
                return nameLike ? TokenKind.WEAK : TokenKind.NONE;
            }
            return TokenKind.WEAK;
        }
        if (info.proper() && !(info.common() && (s.lowerSeen.contains(lw) || ordinaryOpener(s, i)))) {
            return TokenKind.STRONG;
        }
        if (orgCompound(s, w)) {
            return TokenKind.STRONG;
        }
        if (!info.known()) {
            if (nouns && compoundNoun(s, w) && !placeCompound(s, w)) {
                return TokenKind.NONE;
            }
            return s.lowerSeen.contains(lw) ? TokenKind.WEAK : TokenKind.STRONG;
        }
        if (!nouns && s.capMid.contains(w) && !s.lowerSeen.contains(lw)) {
            return TokenKind.STRONG;
        }
        if (nouns && !(info.adjective() || words.orgWords.contains(lw))) {
            return TokenKind.NONE;
        }
        return TokenKind.WEAK;
    }

    /**
     * Makes the capitalised word after a given name part of the name even where it looks like a common noun or
     * a compound ("Hermann Wohlberg", "Rudi Vogel", "Jürgen Schaper" in German, which capitalises every noun),
     * and then every later use of that surname alone, with a genitive "s" too ("Wohlbergs").
     */
    private static void surnamesAfterGivenNames(ArticleState s) {
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i + 1 < s.toks.size(); i++) {
            int j = i + 1;
            if ((s.kind[i] != TokenKind.STRONG && s.kind[i] != TokenKind.WEAK)
                    || s.kind[j] != TokenKind.NONE && s.kind[j] != TokenKind.STRONG
                    || s.sentenceOf[j] != s.sentenceOf[i] || !s.toks.get(j).word()
                    || !" ".equals(s.text.substring(s.toks.get(i).end(), s.toks.get(j).start()))
                    || !isCap(s.tok(j)) || letters(s.tok(j)) < 3
                    || s.words.isStopWord(s.words.lower(s.tok(j))) || !s.givenName(s.tok(i))) {
                continue;
            }
            s.kind[j] = TokenKind.STRONG;
            surnames.add(s.tok(j));
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.toks.size(); i++) {
            String w = s.tok(i);
            if (s.kind[i] == TokenKind.NONE && s.toks.get(i).word() && (surnames.contains(w)
                    || w.endsWith("s") && surnames.contains(w.substring(0, w.length() - 1)))) {
                s.kind[i] = TokenKind.STRONG;
            }
        }
    }

    /**
     * Tells whether a capitalised word that opens a sentence, and that the dictionary knows as a common word too,
     * is only that common word here: the article never writes it capitalised mid-sentence, and it is neither a
     * given name nor a country, and a lower-case word follows it as in prose (Dutch "Maar uitstel", "Toch gaat",
     * English "Tell them"; not "Bush" where "Bush" recurs mid-sentence, nor "Reading 2 Hull 1").
     */
    private static boolean ordinaryOpener(ArticleState s, int i) {
        String w = s.tok(i);
        int next = i + 1;
        if (aloneInSentence(s, i)) {
            // A one-word line is a section label ("Algemeen", "Buitenland"), not a name.
            return !s.capMid.contains(w) && !s.givenName(w) && s.words.country(w) == null;
        }
        if (next >= s.toks.size() || !s.toks.get(next).word() || s.sentenceOf[next] != s.sentenceOf[i]
                || !isLowerStart(s.tok(next))) {
            return false;
        }
        // A title, a speech verb or a team or firm word after it makes it a name: "Surrey captain Adam
        // Hollioake", "Bush said", "Surrey beat", "Apple shares".
        String after = s.words.lower(s.tok(next));
        boolean prose = s.kind[next] != TokenKind.TITLE && !s.isSpeech(next) && !s.words.team.after().contains(after)
                && !s.words.firm.after().contains(after);
        // A given name is still an ordinary word when an article follows it, as no name is followed ("Door de
        // transactie", "Will the"): only the dictionary's given names with a common reading get here.
        boolean article = s.words.definiteArticles.contains(after) || s.words.determiners.contains(after);
        return prose && !s.capMid.contains(w) && (article || !s.givenName(w)) && s.words.country(w) == null;
    }

    /**
     * Tells whether token {@code i} is a news agency's credit: a listed agency as written
     * ({@code news-agencies.txt}: "dpa", "AP"), or an acronym in the brackets of a dateline, alone or beside a
     * slash ("BONN , 12. Juni ( AP / dpa )", "MADRID , 23 may ( EFE )").
     */
    static boolean credit(ArticleState s, int i) {
        String w = s.tok(i);
        if (s.words.agencies.contains(w)) {
            return true;
        }
        if (!isAcronym(w) || i == 0 || i + 1 >= s.toks.size()) {
            return false;
        }
        String before = s.tok(i - 1);
        String after = s.tok(i + 1);
        boolean bracketed = (before.equals("(") || before.equals("/")) && (after.equals(")") || after.equals("/"))
                && (before.equals("(") || after.equals(")"));
        return bracketed && dateline(s, i);
    }

    /** Tells whether token {@code i} belongs to a listed agency or outlet of several words, as written. */
    static boolean inAgencyName(ArticleState s, int i) {
        String w = s.tok(i);
        for (String[] name : s.words.agencyNames) {
            for (int k = 0; k < name.length; k++) {
                if (name[k].equals(w) && matches(s, i - k, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(ArticleState s, int from, String[] name) {
        if (from < 0 || from + name.length > s.toks.size()) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (!s.tok(from + k).equals(name[k]) || s.sentenceOf[from + k] != s.sentenceOf[from]) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether token {@code i} lies within the first ten tokens of a sentence that opens in capitals. */
    private static boolean dateline(ArticleState s, int i) {
        int first = i;
        while (first > 0 && s.sentenceOf[first - 1] == s.sentenceOf[i]) {
            first--;
        }
        return i - first <= 10 && s.toks.get(first).word() && WordShape.isAllCaps(s.tok(first))
                && letters(s.tok(first)) > 1;
    }

    /** Tells whether token {@code i} is the only word of its sentence. */
    private static boolean aloneInSentence(ArticleState s, int i) {
        for (int k = i - 1; k >= 0 && s.sentenceOf[k] == s.sentenceOf[i]; k--) {
            if (s.toks.get(k).word()) {
                return false;
            }
        }
        for (int k = i + 1; k < s.toks.size() && s.sentenceOf[k] == s.sentenceOf[i]; k++) {
            if (s.toks.get(k).word()) {
                return false;
            }
        }
        return s.sentenceOf[i] >= 0;
    }

    /** Tells whether token {@code i} opens a country name of two or three words ("Estados Unidos"). */
    private static boolean startsCountry(ArticleState s, int i) {
        StringBuilder name = new StringBuilder(s.tok(i));
        for (int k = i + 1; k < s.toks.size() && k <= i + 2 && s.toks.get(k).word()
                && s.sentenceOf[k] == s.sentenceOf[i]; k++) {
            name.append(' ').append(s.tok(k));
            if (s.words.country(name.toString()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a word is a contraction or an elision, never a name: lower-case letters after the apostrophe
     * and, before it, a single letter or a word the dictionary knows as a common word (We’re, I’m, Don't, C'est,
     * L'association; not Ba'ath, Sana'a, O'Brien, d'Ivoire).
     */
    static boolean contraction(ArticleState s, String w) {
        int p = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (p <= 0 || p + 1 >= w.length() || !Character.isLowerCase(w.charAt(p + 1))) {
            return false;
        }
        String before = w.substring(0, p);
        return before.length() == 1 || s.own.info(before).common() || s.words.isStopWord(s.words.lower(before));
    }

    /**
     * Tells whether an unknown word is a compound noun rather than a name that looks like one: it ends in a known
     * common noun, and that noun is inflected ("Regierungskreisen", "Friedenstruppen") or the article puts a
     * determiner before the word ("die Bundesregierung"); not "Herrmann sagte", "in Steinheim", whose last parts
     * are nouns in their base form.
     */
    static boolean compoundNoun(ArticleState s, String w) {
        String tail = compoundTail(s, w);
        return tail != null && (s.afterDeterminer.contains(w) || s.own.inflected(tail));
    }

    /**
     * Tells whether a capitalised word is a compound headed by a noun that names an organisation
     * ({@code org-compounds.txt}: "Innenministerium", "Kreisvolkshochschule", "Schas-Partei", "Sozialamt"), in
     * the singular: that noun, or it with a listed ending, ends the word after three letters or a hyphen, and no
     * longer known noun ends the word ("Polizeibeamten" ends in "Beamten", not "Amt").
     */
    static boolean orgCompound(ArticleState s, String w) {
        return headedCompound(s, w, s.words.orgHeads, s.words.orgHeadEndings);
    }

    /**
     * Tells whether {@code w} is a compound no dictionary knows headed by a place noun ({@code place-compounds.txt}:
     * "Main-Kinzig-Kreis", "Rothschildallee"): a street's or district's name, where a known compound
     * ("Freundeskreis", "Hauptstraße") is a common noun.
     */
    static boolean placeCompound(ArticleState s, String w) {
        if (!headedCompound(s, w, s.words.placeHeads, s.words.orgHeadEndings) || s.own.info(w).known()) {
            return false;
        }
        // The part before the head must not be a common noun: "Spielplatz", "Familienkreis" are no names.
        String lw = s.words.lower(w);
        for (String head : s.words.placeHeads) {
            int k = lw.lastIndexOf(head);
            if (k >= 3) {
                // "Fest-Gasse" as "Festplatz"; "Main-Kinzig-Kreis" stays a name ("Main-Kinzig" is none).
                String modifier = w.charAt(k - 1) == '-' ? w.substring(0, k - 1) : w.substring(0, k);
                Lexicon.Info info = s.own.info(modifier);
                Lexicon.Info linked = modifier.endsWith("s") ? s.own.info(modifier.substring(0, modifier.length() - 1))
                        : Lexicon.Info.UNKNOWN;
                if (info.common() && !info.proper() || linked.common() && !linked.proper()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean headedCompound(ArticleState s, String w, Set<String> heads, List<String> endings) {
        if (heads.isEmpty() || !isCap(w)) {
            return false;
        }
        String lw = s.words.lower(w);
        for (String ending : endings) {
            if (!lw.endsWith(ending)) {
                continue;
            }
            String stem = lw.substring(0, lw.length() - ending.length());
            for (String head : heads) {
                int k = stem.length() - head.length();
                if (k >= 3 && stem.endsWith(head) && (Character.isLetter(stem.charAt(k - 1)) || stem.charAt(k - 1) == '-')) {
                    String tail = compoundTail(s, w);
                    return tail == null || tail.length() <= head.length() + ending.length();
                }
            }
        }
        return false;
    }

    /** Returns the longest known common noun of four letters or more that ends {@code w}, capitalised, or null. */
    static String compoundTail(ArticleState s, String w) {
        for (int k = 3; k <= w.length() - 4; k++) {
            String tail = w.substring(k, k + 1).toUpperCase(s.words.locale) + w.substring(k + 1);
            Lexicon.Info info = s.own.info(tail);
            if (info.known() && info.common() && !info.proper()) {
                return tail;
            }
        }
        return null;
    }
}
