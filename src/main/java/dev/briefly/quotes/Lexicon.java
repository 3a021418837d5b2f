package dev.briefly.quotes;

import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.LanguageResources;
import dev.briefly.text.Languages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the word lists one language needs to attribute quotes: speech cues, titles, speaker pronouns, definite
 * articles and words that mark a capitalised phrase as an organisation, place or date.
 *
 * <p>Read once per language from {@code resources/<lang>/}; immutable and thread-safe.
 */
final class Lexicon {

    /**
     * Articles and determiners that may open a description of a speaker ("a senior official", "der Sprecher");
     * a closed class, so it lives here rather than in a list per language.
     */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "some", "two", "three",
            "several", "many", "another", "other", "his", "her", "their", "its", "our", "der", "die", "das", "ein",
            "eine", "einer", "le", "la", "les", "l", "un", "une", "des", "el", "los", "las", "una", "unos", "il", "lo",
            "gli", "i", "o", "os", "as", "um", "uma", "de", "het", "een", "en", "ett");

    /**
     * Words that open an adverbial clause or phrase, not a noun phrase: text starting with one ("While some
     * critics", "between May and October") cannot be a speaker description.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "when", "whenever", "whereas", "where",
            "between", "with", "without", "as", "if", "because", "after", "before", "since", "although", "though",
            "during", "until", "unless", "among", "from", "by", "for", "in", "on", "at", "to", "into", "about",
            "während", "wenn", "als", "weil", "nachdem", "quand", "lorsque", "pendant", "puisque", "cuando",
            "mientras", "porque", "quando", "enquanto", "wanneer", "terwijl", "omdat");

    /**
     * Conjunctions that may open a speaker phrase after a clause ("… and a senior official said"); dropped from the
     * description. A closed class, like the determiners.
     */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "und", "et", "y", "e");

    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    final String language;
    final Locale locale;
    /** Abbreviations of the language without their dots ({@code abbreviations.txt}: "دي" of "دي."). */
    private final Set<String> abbreviations;
    /** One-word speech verbs and speaker adverbs that may be glued to the word before them, or none. */
    private final List<String> gluedWords;
    /** Speech cues as lower-case token sequences, by first token. */
    private final Map<String, List<String[]>> cues = new HashMap<>();
    /** Titles as lower-case token sequences without dots, by first token. */
    private final Map<String, List<String[]>> titles = new HashMap<>();
    /** Pronoun (lower case) to gender m, f or p. */
    private final Map<String, Character> pronouns = new HashMap<>();
    private final Set<String> nonPerson = new HashSet<>();
    /** Cues that take only the quote as object ({@code quote-object-cues.txt}: "read"). */
    private final Set<String> quoteObjectCues;
    /** Country and nationality words, lower case without dots; an entry ending in * is a prefix. */
    private final Set<String> placeWords;
    /** Lower-case nouns for a person by role or relation ("aide", "strategist"): heads of a speaker phrase. */
    private final Set<String> roleNouns;
    /** Lower-case heads of a description that hides who speaks ("source", "official"). */
    private final Set<String> anonymousHeads;
    /** Endings of a finite verb that may be an unlisted speech verb next to a quote ("ed", "ó"). */
    private final List<String> verbEndings;
    /** Lower-case words that open a byline or photo credit ("by", "photo", "von", "par"). */
    private final Set<String> creditWords;
    /** Singular definite articles: a description opening with one points back to someone named. */
    private final Set<String> definite;
    /** Relative pronouns ("who", "qui"): a speaker phrase ends before the clause one opens. */
    private final Set<String> relatives;
    /** Adverbs ("often", "recently") that may stand between a speaker and its verb. */
    private final Set<String> adverbs;
    /** Quotative particles (Tamil என்று, Telugu అని) that close a quoted clause before its speaker and verb. */
    private final Set<String> quotatives;
    /** Title or honorific (lower case, no dots) to the gender it tells, m or f. */
    private final Map<String, Character> titleGender = new HashMap<>();
    /** How the language attributes speech ({@code speech-writing.txt}). */
    private final SpeechWriting writing;
    /** Case endings written on a name ({@code speaker-endings.txt}). */
    private final SpeakerEndings endings;
    private final LanguageAnalysis analysis;

    private Lexicon(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // First: whether marks are optional decides how every listed word below is matched ({@link #lower}).
        this.writing = SpeechWriting.read(language, locale);
        this.endings = SpeakerEndings.read(language, locale);
        for (String cue : LanguageResources.lines(language, "speech-verbs")) {
            String[] t = lower(cue).split("\\s+");
            cues.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t);
        }
        List<String> glued = new ArrayList<>();
        if (writing.gluedVerbs()) {
            // One-word verbs and adverbs that may end a run of letters glued to the speaker (Tok takes the longest).
            for (String list : new String[]{"speech-verbs", "speaker-adverbs"}) {
                for (String w : LanguageResources.lines(language, list)) {
                    for (String x : lower(w).split("\\s+")) {
                        if (list.equals("speaker-adverbs") || x.equals(lower(w).strip())) {
                            glued.add(x);
                        }
                    }
                }
            }
        }
        this.gluedWords = List.copyOf(glued);
        this.quoteObjectCues = LanguageResources.lowerCaseSet(language, "quote-object-cues");
        Set<String> abbr = new HashSet<>();
        for (String a : LanguageResources.lines(language, "abbreviations")) {
            abbr.add(lower(a.replace(" *", "").strip()).replace(".", ""));
        }
        this.abbreviations = Set.copyOf(abbr);
        for (String title : LanguageResources.lines(language, "titles")) {
            String[] t = lower(title).replace(".", "").split("[\\s]+");
            titles.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t);
        }
        for (String line : LanguageResources.lines(language, "speaker-pronouns")) {
            String[] p = line.split("\\s+");
            pronouns.put(lower(p[0]), p.length > 1 ? p[1].charAt(0) : 'p');
        }
        for (String w : LanguageResources.lines(language, "non-person-words")) {
            nonPerson.add(w.toLowerCase(locale));
        }
        // The actor stage's organisation and event words ("Board", "Alliance", "Convention") mark a name as no
        // person here too, so the two stages agree on what can speak as a person.
        for (String list : new String[]{"org-words", "event-words"}) {
            for (String w : LanguageResources.lines(language, list)) {
                if (!w.startsWith("^")) {
                    nonPerson.add(w.toLowerCase(locale));
                }
            }
        }
        for (String line : LanguageResources.lines(language, "gendered-titles")) {
            String[] p = line.split("\\s+");
            if (p.length > 1 && (p[1].charAt(0) == 'm' || p[1].charAt(0) == 'f')) {
                titleGender.put(p[0].toLowerCase(locale).replace(".", ""), p[1].charAt(0));
            }
        }
        this.definite = LanguageResources.lowerCaseSet(language, "definite-articles");
        this.roleNouns = words(language, "role-nouns", locale);
        this.anonymousHeads = words(language, "anonymous-heads", locale);
        this.verbEndings = List.copyOf(words(language, "speech-verb-endings", locale));
        this.creditWords = words(language, "credit-words", locale);
        this.relatives = words(language, "relative-pronouns", locale);
        this.quotatives = words(language, "quotatives", locale);
        this.adverbs = words(language, "speaker-adverbs", locale);
        this.placeWords = placeWords(language, locale);
        this.analysis = Languages.isSupported(language) ? Languages.analysis(language) : null;
    }

    /** Returns the whitespace-separated words of list {@code name}, lower-cased. */
    private static Set<String> words(String language, String name, Locale locale) {
        Set<String> out = new HashSet<>();
        for (String line : LanguageResources.lines(language, name)) {
            for (String w : line.toLowerCase(locale).split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Returns the lexicon of {@code language}, reading it on first use. */
    static Lexicon of(String language) {
        return CACHE.computeIfAbsent(language == null ? "" : language, Lexicon::new);
    }

    /** Returns the length in tokens of the longest speech cue starting at {@code words[at]}, or 0. */
    int cueAt(List<String> words, int at) {
        return longest(cues, words, at);
    }

    /** Returns the length in tokens of the longest title starting at {@code words[at]}, or 0. */
    int titleAt(List<String> words, int at) {
        return longest(titles, words, at);
    }

    private static int longest(Map<String, List<String[]>> table, List<String> words, int at) {
        List<String[]> candidates = table.get(words.get(at));
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (String[] c : candidates) {
            if (c.length > best && at + c.length <= words.size()) {
                boolean ok = true;
                for (int i = 1; i < c.length && ok; i++) {
                    ok = c[i].equals(words.get(at + i));
                }
                if (ok) {
                    best = c.length;
                }
            }
        }
        return best;
    }

    /** Returns the gender (m, f, p) of speaker pronoun {@code lower}, or 0 when it is none. */
    char pronoun(String lower) {
        Character g = pronouns.get(lower);
        return g == null ? 0 : g;
    }

    /** Returns the gender (m, f) a title or honorific (lower case, no dots) tells, or 0. */
    char titleGender(String lower) {
        Character g = titleGender.get(lower);
        return g == null ? 0 : g;
    }

    /** Returns whether {@code lower} names a person by role or relation ("aide", "senator"), a title included. */
    boolean isRoleNoun(String lower) {
        return roleNouns.contains(lower) || titleAt(List.of(lower), 0) > 0;
    }

    /**
     * Returns whether {@code lower} looks like a finite verb by its ending ("fumed", "bromeó"): five letters or
     * more, no stop word, role noun or speech cue of its own.
     */
    boolean looksFinite(String lower) {
        if (lower.length() < 5 || isStopWord(lower) || isRoleNoun(lower) || cueAt(List.of(lower), 0) > 0
                || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String e : verbEndings) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether {@code lower} (no dots) is a country or nationality word ({@code nationalities.txt},
     * {@code country-aliases.txt}): "canadian", "us", "britain"; a nationality entry ending in * allows up to three
     * more letters.
     */
    boolean isPlaceWord(String lower) {
        if (placeWords.contains(lower)) {
            return true;
        }
        for (int cut = 1; cut <= 3 && cut < lower.length(); cut++) {
            if (placeWords.contains(lower.substring(0, lower.length() - cut) + "*")) {
                return true;
            }
        }
        return placeWords.contains(lower + "*");
    }

    /** Reads the country and nationality words, the ISO code opening each line left out. */
    private static Set<String> placeWords(String language, Locale locale) {
        Set<String> out = new HashSet<>();
        for (String line : LanguageResources.lines(language, "nationalities")) {
            String[] w = line.toLowerCase(locale).replace(".", "").split("\\s+");
            out.addAll(java.util.Arrays.asList(w).subList(1, w.length));
        }
        for (String line : LanguageResources.lines(language, "country-aliases")) {
            String rest = line.toLowerCase(locale).replace(".", "");
            int sp = rest.indexOf(' ');
            for (String w : rest.substring(sp + 1).split("[,\\s]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Returns whether {@code lower} opens a byline or photo credit ("by", "photo"). */
    boolean isCreditWord(String lower) {
        return creditWords.contains(lower);
    }

    /** Returns whether {@code lower} is the head of a description that hides who speaks ("source"). */
    boolean isAnonymousHead(String lower) {
        return anonymousHeads.contains(lower);
    }

    /** Returns whether cue word {@code lower} speaks only with the quote as its object ("read", not "read it"). */
    boolean takesOnlyQuote(String lower) {
        return quoteObjectCues.contains(lower);
    }

    boolean isNonPerson(String lower) {
        return nonPerson.contains(lower);
    }

    /** Returns whether {@code lower} is a singular definite article of this language. */
    boolean isDefinite(String lower) {
        return definite.contains(lower);
    }

    /** Returns whether {@code lower} may stand between a speaker and its verb ({@code speaker-adverbs.txt}). */
    boolean isSpeakerAdverb(String lower) {
        return adverbs.contains(lower);
    }

    /** Returns whether {@code lower} is a quotative particle of this language ({@code quotatives.txt}). */
    boolean isQuotative(String lower) {
        return quotatives.contains(lower);
    }

    /** Returns whether {@code lower} is a relative pronoun of this language ({@code relative-pronouns.txt}). */
    boolean isRelative(String lower) {
        return relatives.contains(lower);
    }

    /**
     * Returns whether a speech verb may come before its speaker where the quote follows ("وقال السيسي: «…»"), so
     * the words after a listed verb name the speaker even where the script has no capitals to find a name by.
     */
    boolean verbFirst() {
        return writing.verbFirst();
    }

    /**
     * Returns whether a sentence opens with its verb ("Bhí Micheál Martin …"), so that its capitalised first word
     * is part of a name only where the text also capitalises it mid-sentence.
     */
    boolean verbInitial() {
        return writing.verbInitial();
    }

    /** Returns whether {@code lower}, written with a dot, is an abbreviation of the language ("دي."). */
    boolean isAbbreviation(String lower) {
        return abbreviations.contains(lower);
    }

    /** Returns the one-word verbs and adverbs a word may end in, glued on ({@code glued-verbs}: Thai). */
    List<String> gluedWords() {
        return gluedWords;
    }

    /** Returns whether the speech verb closes the sentence after the quote ({@code verb-final}: Turkish). */
    boolean verbFinal() {
        return writing.verbFinal();
    }

    /** Returns how the language attributes speech ({@code speech-writing.txt}). */
    SpeechWriting writing() {
        return writing;
    }

    /** Returns whether {@code lower} opens the reported clause after a speech verb ("إن", "כי"). */
    boolean isComplementizer(String lower) {
        return writing.complementizers().contains(lower);
    }

    /**
     * Returns whether {@code lower} ends a speaker phrase written after its verb: a complementizer, a stop word or a
     * word of the language's list ("في", "בראיון"), so "قال السيسي في بيان" names "السيسي".
     */
    boolean endsSpeakerPhrase(String lower) {
        return writing.phraseEnds().contains(lower) || isComplementizer(lower) || isStopWord(lower);
    }

    /** Returns whether {@code lower} opens an adverbial clause or phrase rather than a noun phrase. */
    boolean isClauseOpener(String lower) {
        return CLAUSE_OPENERS.contains(lower);
    }

    /** Returns whether {@code lower} is a conjunction that may open a speaker phrase ("and", "but", "und"). */
    boolean isConjunction(String lower) {
        return CONJUNCTIONS.contains(lower);
    }

    boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }

    boolean isStopWord(String lower) {
        return analysis != null && analysis.isStopWord(lower);
    }

    /** Returns the case endings this language writes on a name. */
    SpeakerEndings endings() {
        return endings;
    }

    /**
     * Returns {@code s} in lower case, as words are matched; where the language's vowel marks are optional
     * ({@code optional-marks}), without them, so that a vocalised "قالَ" matches the listed "قال".
     */
    String lower(String s) {
        String low = s.toLowerCase(locale);
        return writing != null && writing.optionalMarks() ? SpeechWriting.withoutMarks(low) : low;
    }
}
