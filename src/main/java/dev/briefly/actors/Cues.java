package dev.briefly.actors;

import static dev.briefly.actors.WordShape.isAcronym;
import static dev.briefly.actors.WordShape.isAllCaps;
import static dev.briefly.actors.WordShape.isLowerStart;
import static dev.briefly.actors.WordShape.letters;

/**
 * Gathers the evidence around and inside each candidate mention and turns it into type votes: a title before it,
 * an initial, a country name, organisation and place words, event words, a "-based" modifier, a dateline, an
 * acronym, a place preposition or "city of", a sports line or team word, a firm word, a speech verb.
 *
 * <p>Reads the tokens, {@link ArticleState#kind}, {@link ArticleState#titleStartAt} and the language's lists;
 * writes each {@link Candidate}'s priors, votes, title, country, team cue and speaker flag. Thread-safe.
 */
final class Cues implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        for (Candidate c : s.candidates) {
            cue(s, c);
        }
    }

    private static void cue(ArticleState s, Candidate c) {
        ActorLanguage words = s.words;
        int n = c.b - c.a + 1;
        c.lean(ActorType.PERSON, 0.2);
        c.lean(ActorType.LOCATION, 0.3);
        c.lean(ActorType.ORGANIZATION, 0.25);
        // Title right before: President Donald Trump, Mr Tillerson.
        int before = c.a - 1;
        while (before >= 0 && s.tok(before).equals(".") && s.kind[before] == TokenKind.TITLE) {
            before--;
        }
        if (before >= 0 && s.kind[before] == TokenKind.TITLE) {
            c.titleEnd = before;
            c.titleStart = s.titleStartAt[before];
            c.vote(ActorType.PERSON, 3);
        }
        if (letters(s.tok(c.a)) == 1 && c.b > c.a) {
            c.vote(ActorType.PERSON, 3);
        }
        String country = words.country(c.key);
        if (country == null && n == 1) {
            country = words.country(s.tok(c.a));
        }
        if (country != null) {
            c.country = country;
            c.vote(ActorType.LOCATION, 5);
        } else if (words.places.contains(c.key) && !s.givenName(s.tok(c.a))) {
            // A city or region ICU names ("Sao Paulo", "Buenos Aires", "Lateinamerika"); not a given name that
            // is also a town ("Stanley").
            c.vote(ActorType.LOCATION, 3);
        }
        boolean org = false;
        int head = head(s, c);
        for (int x = c.a; x <= c.b; x++) {
            String lw = words.lower(s.tok(x));
            if (words.orgWords.contains(lw)) {
                org = true;
                c.vote(ActorType.ORGANIZATION, x == c.b || x == head || x == c.a ? 4 : 2);
            } else if (TokenClasses.orgCompound(s, s.tok(x)) && s.own.info(s.tok(x)).type() == null) {
                // A compound headed by an organisation noun names one wherever it stands: "Staatsanwaltschaft
                // Dortmund", "Naturschutzbund Deutschland".
                org = true;
                c.vote(ActorType.ORGANIZATION, 4);
            }
            if (words.placeWords.contains(lw)) {
                c.vote(ActorType.LOCATION, 2);
            } else if (!org && TokenClasses.placeCompound(s, s.tok(x))) {
                // "der Main-Kinzig-Kreis", "in der Rothschildallee": a district's or street's name.
                c.vote(ActorType.LOCATION, 4);
            }
        }
        c.orgWord = org;
        String lastWord = words.lower(s.tok(c.b));
        if (!org && endsInOrgWord(words, lastWord) && s.own.info(s.tok(c.b)).type() == null) {
            // A compound whose last part is an organisation word: Eurogroup, Gemeenschapscommissie (where the
            // dictionary gives it no other type: Sowjetunion is a place).
            org = true;
            c.vote(ActorType.ORGANIZATION, 3);
        }
        if (n >= 2 && words.events.contains(lastWord)
                || n >= 2 && words.events.contains("^" + words.lower(s.tok(c.a)))) {
            // "U.S. Open", "Davis Cup", "Labor Day": an event, not an actor.
            c.vote(ActorType.OTHER, 6);
        }
        int after = c.b + 1;
        boolean headline = s.isCaseless(c.a);
        String last = s.tok(c.b);
        int dash = last.lastIndexOf('-');
        if (dash > 0 && dash + 1 < last.length() && (Character.isLowerCase(last.charAt(dash + 1))
                || words.nationality(last.substring(dash + 1)) != null)) {
            // "Hong Kong-based", "US-led": a modifier, not the name itself.
            c.vote(ActorType.OTHER, 6);
        }
        if ((headline || allCaps(s, c)) && s.initial[c.a] && after < s.toks.size()
                && (Character.isDigit(s.tok(after).charAt(0)) || s.tok(after).equals("(")
                || s.tok(after).equals(","))) {
            // A dateline: "BRUSSELS 1996-08-22", "MOSCOW (Reuters) -".
            c.vote(ActorType.LOCATION, 2);
            c.placeCue = true;
        }
        if (n == 1 && TokenClasses.credit(s, c.a) && country == null || agencyName(s, c)) {
            // A news agency crediting the story: "( AP )", "( EFE )", "dpa".
            c.vote(ActorType.ORGANIZATION, 4);
        }
        if (n == 1 && isAcronym(s.tok(c.a)) && country == null && !headline) {
            c.vote(ActorType.ORGANIZATION, 2);
        }
        if (before >= 0 && s.kind[before] != TokenKind.TITLE && s.toks.get(before).word()
                && words.definiteArticles.contains(words.lower(s.tok(before)))) {
            // "the Federal Reserve", "la Audiencia", "het Witte Huis": a name after a definite article is
            // hardly ever a person's (1-3 % of such gold names in the four CoNLL files). A default, not a cue, so
            // that a word with no cue stays doubtful where nouns are capitalised.
            c.lean(ActorType.PERSON, -1.5);
        }
        // Lower-case organisation word beside the name: militant group Hezbollah, the G7 group.
        if (before >= 0 && s.kind[before] != TokenKind.TITLE && s.toks.get(before).word()
                && isLowerStart(s.tok(before)) && words.orgWords.contains(s.tok(before))) {
            c.vote(ActorType.ORGANIZATION, 2);
        }
        if (after < s.toks.size() && s.toks.get(after).word() && isLowerStart(s.tok(after))
                && words.orgWords.contains(s.tok(after))) {
            c.vote(ActorType.ORGANIZATION, 2);
        }
        // Lower-case place word after the name: the Kreuzberg district, the Tsukiji market, Belmarsh prison.
        if (!org && after < s.toks.size() && s.toks.get(after).word() && isLowerStart(s.tok(after))
                && words.placeWords.contains(s.tok(after))) {
            c.vote(ActorType.LOCATION, 2);
            c.placeCue = true;
        }
        if (before >= 0 && s.toks.get(before).word() && words.placePrepositions.contains(
                words.lower(s.tok(before))) && !org) {
            c.vote(ActorType.LOCATION, 0.8);
            c.placeCue = true;
        }
        // "the city of Northbridge", "mayor of London": the noun before "of" governs a place.
        boolean placeOf = before >= 1 && s.toks.get(before).word() && s.toks.get(before - 1).word() && !org
                && words.placeOf.contains(words.lower(s.tok(before - 1)) + " " + words.lower(s.tok(before)));
        if (placeOf) {
            c.vote(ActorType.LOCATION, 3);
            c.placeCue = true;
        }
        if (country == null && !org && SportsLines.teamEvidence(s, c, before, after)) {
            // Sports results name clubs by their town: "Surrey 468", "Essex v Kent", "CHICAGO AT TORONTO".
            c.vote(ActorType.ORGANIZATION, 3);
            c.resultsLine = true;
        }
        // "la comarca del Alto Duero" is a place even though "del" often precedes a club (Spanish "@del").
        c.teamCue = country == null && !placeOf && cued(s, words.team, c, before, after);
        if (country == null && (cued(s, words.firm, c, before, after) || apposition(s, words.firm, c, after))) {
            // "Cofinec CEO Stephen Frater", "40 percent of Ruch's shares", "shares of Magna".
            c.vote(ActorType.ORGANIZATION, 3);
        }
        // Speech verbs: "Putin said", "said Putin" only after a quote or comma ("told Reuters" has the name as
        // the object); "Tillerson, ..., said" is left to the quotes stage.
        boolean inverted = before >= 1 && s.isSpeech(before) && !s.toks.get(before - 1).word();
        if (s.isSpeech(after) || inverted) {
            c.speaker = true;
            c.vote(ActorType.PERSON, 1.5);
        }
    }

    /** Tells whether every token of a mention of several words belongs to a listed agency or outlet name. */
    private static boolean agencyName(ArticleState s, Candidate c) {
        if (c.b == c.a) {
            return false;
        }
        for (int x = c.a; x <= c.b; x++) {
            if (!TokenClasses.inAgencyName(s, x)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a lower-case word is a longer compound ending in an organisation word of four letters or more. */
    static boolean endsInOrgWord(ActorLanguage words, String lw) {
        for (int k = 3; k <= lw.length() - 4; k++) {
            if (words.orgWords.contains(lw.substring(k)) && Character.isLetter(lw.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the head of a name that a particle splits, the word before its first particle ("Bank" in "National
     * Bank of Romania", "Corte" in "Corte de Apelaciones de Santiago"), or its last word.
     */
    static int head(ArticleState s, Candidate c) {
        for (int x = c.a + 1; x < c.b; x++) {
            if (s.kind[x] == TokenKind.PART) {
                return x - 1;
            }
        }
        return c.b;
    }

    /** Tells whether a cue word follows the name (after a possessive too) or one or two cue words precede it. */
    static boolean cued(ArticleState s, ActorLanguage.Cues cues, Candidate c, int before, int after) {
        int a = after;
        if (a + 1 < s.toks.size() && (s.tok(a).equals("'") || s.tok(a).equals("’"))
                && s.tok(a + 1).equalsIgnoreCase("s")) {
            a += 2;
        } else if (a < s.toks.size() && (s.tok(a).equals("'s") || s.tok(a).equals("’s"))) {
            a++;
        }
        if (a < s.toks.size() && s.sentenceOf[a] == c.sentence && s.toks.get(a).word()
                && cues.after().contains(s.words.lower(s.tok(a)))) {
            return true;
        }
        if (before < 0 || !s.toks.get(before).word()) {
            return false;
        }
        String one = s.words.lower(s.tok(before));
        if (cues.before().contains(one) || endsInCue(cues, one)) {
            return true;
        }
        return before >= 1 && s.toks.get(before - 1).word()
                && cues.before().contains(s.words.lower(s.tok(before - 1)) + " " + one);
    }

    /**
     * Tells whether an apposition that names a kind of firm follows the name: "Arinso , de
     * informaticaspecialist", "Magna , the Canadian parts maker". Only lower-case words and nationalities may
     * stand between the article and the cue word, so "Peeters , de topman van het bedrijf" is no firm.
     */
    static boolean apposition(ArticleState s, ActorLanguage.Cues cues, Candidate c, int after) {
        if (after + 2 >= s.toks.size() || !s.tok(after).equals(",") || s.sentenceOf[after + 2] != c.sentence
                || !s.words.definiteArticles.contains(s.words.lower(s.tok(after + 1)))) {
            return false;
        }
        for (int x = after + 2; x < Math.min(s.toks.size(), after + 6) && s.sentenceOf[x] == c.sentence; x++) {
            String w = s.tok(x);
            String lw = s.words.lower(w);
            if (!s.toks.get(x).word() || s.words.isParticle(lw) || s.words.definiteArticles.contains(lw)
                    || s.words.conjunctions.contains(lw) || !isLowerStart(w) && s.words.nationality(w) == null) {
                return false;
            }
            if (cues.before().contains(lw) || endsInCue(cues, lw.replace('-', 'x'))) {
                String next = x + 1 < s.toks.size() ? s.tok(x + 1) : "";
                return !(next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’"));
            }
        }
        return false;
    }

    /**
     * Tells whether a word is a compound whose last part, four letters or more, is a one-word cue
     * ("oliedienstverlener", "Elektrokonzern").
     */
    private static boolean endsInCue(ActorLanguage.Cues cues, String lw) {
        for (int k = 3; k <= lw.length() - 4; k++) {
            if (Character.isLetter(lw.charAt(k - 1)) && cues.before().contains(lw.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCaps(ArticleState s, Candidate c) {
        for (int x = c.a; x <= c.b; x++) {
            if (s.toks.get(x).word() && !isAllCaps(s.tok(x))) {
                return false;
            }
        }
        return true;
    }
}
