package dev.briefly.quotes;

import java.util.List;

/**
 * Resolves a speaker written as a description: a definite singular description of a person ("says the bow-tied
 * maverick") to the person met shortly before; any other ("a spokesman", "the company", "the mayor") stays as
 * written. Stateless and thread-safe.
 */
final class DescribedSpeaker implements SpeakerRule {

    /** Farthest, in characters, a definite description looks back for the named person it stands for. */
    private static final int DESCRIPTION_REACH = 1500;
    /** Most tokens after the head of a phrase in apposition before the comma that closes it ("of the march,"). */
    private static final int APPOSITION_TAIL = 6;

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        WrittenSpeaker w = quote.written;
        if (quote.speaker != null || w == null || w.kind() != WrittenSpeaker.Kind.DESCRIPTION) {
            return;
        }
        String who = w.text();
        if (definiteSingular(st, w.text()) && !introducedUnnamed(st, w.text(), w.position())) {
            Antecedents.Antecedent a = Antecedents.person(st, w.position(), (char) 0);
            if (a.name() != null && w.position() - a.at() <= DESCRIPTION_REACH
                    && !names(st, w.position(), w.text().length(), a.name())) {
                who = a.name();
            }
        }
        quote.attribute(who, w.cue(), w.standsForPerson());
    }

    /**
     * Tells whether the head of {@code description} was met shortly before {@code at} after an article that is not
     * definite and without a name in apposition ("greeted by an organizer … “…,” the organizer said"): the
     * description then takes up that unnamed person, not the person named last. An indefinite phrase in
     * apposition to a name on either side ("Tom Banks, an organizer of the march," or "an organizer, Tom Banks,")
     * names that person.
     */
    static boolean introducedUnnamed(QuoteState st, String description, int at) {
        List<Tok> words = Tok.tokenize(description, st.lex);
        String head = words.get(words.size() - 1).lower();
        Names names = st.names;
        for (int k = names.tokenAt(at) - 1; k >= 0 && at - names.toks.get(k).start() <= DESCRIPTION_REACH; k--) {
            if (!names.lows.get(k).equals(head) || !Character.isLowerCase(names.toks.get(k).text().charAt(0))
                    || k + 1 < names.toks.size() && commaBetween(names, k + 1)
                    && Character.isUpperCase(names.toks.get(k + 1).text().charAt(0))) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                String low = names.lows.get(j);
                if (st.lex.isDeterminer(low)) {
                    if (!st.lex.isDefinite(low) && !afterName(names, j, k)) {
                        return true;
                    }
                    break;
                }
                if (!Character.isLetter(names.toks.get(j).text().charAt(0))) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Tells whether token {@code j}, the article of an indefinite phrase, follows a person's name and a comma
     * ("Tom Banks, an organizer of the march,"), {@code head} being the phrase's head: the phrase is in
     * apposition to that name.
     */
    private static boolean afterName(Names names, int j, int head) {
        if (j < 1 || !commaBetween(names, j)) {
            return false;
        }
        // The apposition closes with a comma within a few words ("…, an organizer of the march, stood"); "In New
        // Hampshire, a young woman asked" opens with a place and goes on to its verb.
        int close = head + 1;
        while (close < Math.min(names.toks.size(), head + APPOSITION_TAIL) && !commaBetween(names, close)) {
            close++;
        }
        if (close >= Math.min(names.toks.size(), head + APPOSITION_TAIL)) {
            return false;
        }
        int end = names.toks.get(j - 1).end();
        int m = names.mentionAt(end) - 1;
        return m >= 0 && names.mentions.get(m).end() == end && names.mentions.get(m).person();
    }

    /** Tells whether only a comma stands between token {@code j} and the one before (commas are no tokens). */
    private static boolean commaBetween(Names names, int j) {
        return names.text.substring(names.toks.get(j - 1).end(), names.toks.get(j).start()).strip().equals(",");
    }

    /**
     * Tells whether {@code person}'s name stands inside the description at {@code [from, from + length)}: "the
     * Trump campaign", "the Clinton ad's narrator" name something of that person, never the person.
     */
    private static boolean names(QuoteState st, int from, int length, String person) {
        Names names = st.names;
        for (int k = names.mentionAt(from); k < names.mentions.size()
                && names.mentions.get(k).start() < from + length; k++) {
            if (names.mentions.get(k).canonical().equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells a definite singular description of a person ("the affable proprietor", "the Kentucky Republican")
     * from a group, a document or an indefinite description ("the company", "the report", "a spokesman").
     */
    static boolean definiteSingular(QuoteState st, String description) {
        Lexicon lex = st.lex;
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
            // "the source", "the person familiar with": whoever it is was kept unnamed on purpose.
            if (lex.isAnonymousHead(t.lower())) {
                return false;
            }
            // "the ad's narrator": a role relative to something else, not a person met before.
            if (Names.possessive(t.text()) || lex.isNonPerson(t.lower()) || lex.cueAt(List.of(t.lower()), 0) > 0) {
                return false;
            }
        }
        // A plural head ("the students") is a group.
        return !st.rules.looksPlural(head);
    }
}
