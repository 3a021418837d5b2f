package dev.briefly.grammar;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the LanguageTool language variant (short code such as {@code en-GB} or {@code pt-BR}) that checks an
 * article: the caller's variant when one is set, else the variant the article's own spelling points to, else the
 * language's default.
 *
 * <p>The variant picks the speller and the variant-only rules, so British text checked as {@code en-US} would be
 * "corrected" to American. Spelling cues: English {@code -our}/{@code -re}/{@code -ogue}/doubled {@code l} forms,
 * "Mr Blair" and "per cent" against the American ones; Portuguese accents and consonants of Portugal ({@code económico}, {@code facto},
 * {@code equipa}, "está a fazer") against Brazil's ({@code econômico}, {@code fato}, {@code equipe}, "está
 * fazendo"); German {@code Jänner} (Austria) and Swiss {@code ss} with no {@code ß}. Loads no LanguageTool class.
 * Stateless and thread-safe.
 */
public final class Variants {

    /** The variant checked when the article gives no cue (and the only one for most languages). */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("en", "en-US"), Map.entry("de", "de-DE"), Map.entry("fr", "fr"), Map.entry("es", "es"),
            Map.entry("it", "it"), Map.entry("pt", "pt-PT"), Map.entry("nl", "nl"), Map.entry("ru", "ru-RU"),
            Map.entry("pl", "pl-PL"), Map.entry("sv", "sv"), Map.entry("ca", "ca-ES"),
            Map.entry("ar", "ar"), Map.entry("br", "br-FR"), Map.entry("crh", "crh-UA"), Map.entry("da", "da-DK"),
            Map.entry("el", "el-GR"), Map.entry("eo", "eo"), Map.entry("fa", "fa"), Map.entry("gl", "gl-ES"),
            Map.entry("ja", "ja-JP"), Map.entry("km", "km-KH"), Map.entry("ro", "ro-RO"), Map.entry("sk", "sk-SK"),
            Map.entry("sl", "sl-SI"), Map.entry("ta", "ta-IN"), Map.entry("tl", "tl-PH"), Map.entry("uk", "uk-UA"),
            Map.entry("zh", "zh-CN"));

    /** Further variants LanguageTool 6.8's modules define, which a caller may ask for. */
    private static final Map<String, List<String>> OTHERS = Map.of(
            "en", List.of("en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"),
            "de", List.of("de-AT", "de-CH"),
            "pt", List.of("pt-BR", "pt-AO", "pt-MZ"),
            "fr", List.of("fr-CA", "fr-CH", "fr-BE"),
            "nl", List.of("nl-BE"),
            "es", List.of("es-AR"),
            "ca", List.of("ca-ES-valencia", "ca-ES-balear"));

    /** Cues need this many more hits than the other side's to move off the default. */
    private static final int MARGIN = 2;

    private static final Pattern EN_GB = words("colour", "colours", "coloured", "favour", "favours", "favoured",
            "favourite", "favourites", "favourable", "honour", "honours", "honoured", "labour", "labourer",
            "neighbour", "neighbours", "neighbouring", "behaviour", "behaviours", "harbour", "humour", "rumour",
            "rumours", "vigour", "endeavour", "flavour", "savour", "armoured", "centre", "centres", "theatre",
            "theatres", "metre", "metres", "kilometre", "kilometres", "litre", "litres", "fibre", "calibre",
            "programme", "programmes", "defence", "offence", "licence", "catalogue", "dialogue", "analogue",
            "travelled", "travelling", "traveller", "travellers", "cancelled", "cancelling", "labelled",
            "modelling", "fuelled", "counselling", "signalled", "jewellery", "grey", "aluminium", "whilst",
            "amongst", "tyre", "tyres", "cheque", "pyjamas", "paediatric", "anaesthetic", "manoeuvre",
            "organisation", "organisations", "organised", "recognised", "realised", "criticised", "apologised",
            "analyse", "analysed", "mum", "learnt", "spelt");
    private static final Pattern EN_US = words("color", "colors", "colored", "favor", "favors", "favored",
            "favorite", "favorites", "favorable", "honor", "honors", "honored", "labor", "laborer", "neighbor",
            "neighbors", "neighboring", "behavior", "behaviors", "harbor", "humor", "rumor", "rumors", "vigor",
            "endeavor", "flavor", "savor", "armored", "center", "centers", "theater", "theaters",
            "kilometer", "kilometers", "liter", "liters", "fiber", "caliber",
            "defense", "offense", "catalog", "dialog", "analog", "traveled", "traveling", "traveler",
            "travelers", "canceled", "canceling", "labeled", "modeling", "fueled", "counseling", "signaled",
            "jewelry", "gray", "aluminum", "pajamas", "pediatric", "anesthetic",
            "maneuver", "organization", "organizations", "organized", "recognized", "realized", "criticized",
            "apologized", "analyze", "analyzed", "mom");
    private static final Pattern PT_PT = words("facto", "factos", "contacto", "contactos", "equipa", "equipas",
            "registo", "registos", "comboio", "comboios", "autocarro", "autocarros", "telemóvel", "telemóveis",
            "ecrã", "utilizador", "utilizadores", "económico", "económica", "económicos", "económicas",
            "académico", "académica", "género", "prémio", "prémios", "fenómeno", "anónimo", "António", "Amazónia",
            "ténis", "bebé", "receção", "facturação", "óptimo", "acção", "acções", "director",
            "objectivo", "eléctrico", "guarda-redes",
            "casa de banho", "pequeno-almoço", "rapariga", "raparigas");
    private static final Pattern PT_BR = words("fato", "fatos", "contato", "contatos", "equipe", "equipes",
            "registro", "registros", "trem", "trens", "ônibus", "celular", "celulares", "tela", "usuário",
            "usuários", "econômico", "econômica", "econômicos", "econômicas", "acadêmico", "acadêmica", "gênero",
            "prêmio", "prêmios", "fenômeno", "anônimo", "Antônio", "Amazônia", "tênis", "bebê", "recepção",
            "goleiro", "banheiro", "café da manhã", "garota", "garotas",
            "milhões de reais");
    /** Portugal's "está a fazer" against Brazil's "está fazendo". */
    private static final Pattern PT_PT_PROGRESSIVE = Pattern.compile(
            "\\b(?:est(?:á|ão|ava|avam|ou|amos)|continua|continuam|anda|andam) a \\p{L}+(?:ar|er|ir)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PT_BR_PROGRESSIVE = Pattern.compile(
            "\\b(?:est(?:á|ão|ava|avam|ou|amos)|continua|continuam|anda|andam) \\p{L}+(?:ando|endo|indo)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** British press writes "Mr Blair" and "per cent", American "Mr. Bush" and "percent". */
    private static final Pattern EN_GB_STYLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr)(?= \\p{Lu})|\\bper cent\\b");
    private static final Pattern EN_US_STYLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr)\\.(?= \\p{Lu})|\\bpercent\\b");
    /** Brazil kept the trema (freqüente, lingüística) and the accents of idéia, vôo until 2009; Portugal never. */
    private static final Pattern PT_BR_OLD = Pattern.compile("[gq]ü[eiéí]|\\b(?:idéia|idéias|européia|européias|"
            + "assembléia|platéia|vôo|vôos|bilhão|bilhões|esporte|esportes|esportivo)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Portugal wrote the silent c and p until 2009 (projecto, actual); Brazil had dropped them. */
    private static final Pattern PT_PT_OLD = Pattern.compile("\\b(?:projecto|projectos|actual|actualmente|exacto|"
            + "exactamente|colectivo|efectivo|selecção|desporto|desportos|desportivo|biliões|mil milhões)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DE_AT = words("Jänner", "Feber", "heuer", "Paradeiser", "Erdäpfel", "Marillen",
            "Topfen", "Schlagobers", "Matura", "Trafik", "Sackerl");
    /** Words Germany spells with ß and Switzerland with ss; counted only in a text with no ß at all. */
    private static final Pattern DE_CH = words("Strasse", "Strassen", "gross", "grosse", "grossen", "grosser",
            "heisst", "heissen", "weiss", "schliesslich", "ausser", "ausserdem", "gemäss", "Fussball", "Grösse",
            "Massnahme", "Massnahmen", "bloss", "liess", "stiess", "Spass", "regelmässig", "Velo",
            "parkieren", "Trottoir", "Billett");

    private Variants() {
    }

    /**
     * Returns the LanguageTool short code to check {@code text} in {@code language} (ISO 639-1) with:
     * {@code requested} when it is a variant of {@code language} (any case, {@code _} or {@code -}, e.g.
     * {@code en_gb}), else the variant {@code text}'s spelling points to, else the language's default. Returns
     * null when LanguageTool does not check {@code language}.
     *
     * @throws IllegalArgumentException when {@code requested} is not a LanguageTool variant of {@code language}
     */
    public static String choose(String language, String text, String requested) {
        return choose(language, text, requested == null || requested.isBlank() ? List.of() : List.of(requested));
    }

    /**
     * Returns the LanguageTool short code to check {@code text} in {@code language} with: the one of
     * {@code requested} (canonical codes, see {@link #canonical}) that belongs to {@code language}, else the variant
     * {@code text}'s spelling points to, else the default. Variants of other languages are ignored, so one setting
     * ({@code en-GB,pt-BR}) serves a batch of many languages. Returns null when LanguageTool does not check
     * {@code language}.
     */
    public static String choose(String language, String text, Collection<String> requested) {
        String fallback = DEFAULTS.get(language);
        if (fallback == null) {
            return null;
        }
        for (String r : requested) {
            if (languageOf(r).equals(language)) {
                return requested(language, r);
            }
        }
        return fromText(language, text, fallback);
    }

    /**
     * Returns the canonical short code of {@code code} (any case, {@code _} or {@code -}: {@code en_gb} gives
     * {@code en-GB}).
     *
     * @throws IllegalArgumentException when {@code code} is no LanguageTool variant of a language Briefly checks
     */
    public static String canonical(String code) {
        String language = languageOf(code);
        if (!DEFAULTS.containsKey(language)) {
            throw new IllegalArgumentException("unknown variant '" + code + "': no grammar check for language '"
                    + language + "'");
        }
        return requested(language, code);
    }

    /** Returns the language (ISO 639-1) part of a variant code: {@code ca} for {@code ca-ES-valencia}. */
    public static String languageOf(String code) {
        String c = code.strip().replace('_', '-');
        int dash = c.indexOf('-');
        return (dash < 0 ? c : c.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String fromText(String language, String text, String fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        switch (language) {
            case "en":
                return pick(count(EN_GB, text) + count(EN_GB_STYLE, text), count(EN_US, text)
                        + count(EN_US_STYLE, text), "en-GB", fallback);
            case "pt":
                return pick(count(PT_BR, text) + count(PT_BR_PROGRESSIVE, text) + count(PT_BR_OLD, text),
                        count(PT_PT, text) + count(PT_PT_PROGRESSIVE, text) + count(PT_PT_OLD, text), "pt-BR",
                        fallback);
            case "de":
                if (count(DE_AT, text) >= MARGIN) {
                    return "de-AT";
                }
                return text.indexOf('ß') < 0 && count(DE_CH, text) >= MARGIN ? "de-CH" : fallback;
            default:
                return fallback;
        }
    }

    /** Returns the variant checked for {@code language} when nothing else decides, or null when none is. */
    public static String defaultVariant(String language) {
        return DEFAULTS.get(language);
    }

    /** Returns every variant a caller may ask for in {@code language}, the default first; empty when none. */
    public static List<String> variants(String language) {
        String d = DEFAULTS.get(language);
        if (d == null) {
            return List.of();
        }
        List<String> others = OTHERS.getOrDefault(language, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(d), others.stream()).toList();
    }

    /** Returns the languages (ISO 639-1) LanguageTool checks for Briefly. */
    public static Set<String> languages() {
        return DEFAULTS.keySet();
    }

    /** Returns the languages (ISO 639-1) that have variants to choose from. */
    public static Set<String> languagesWithVariants() {
        return OTHERS.keySet();
    }

    /** Returns the canonical short code of the caller's {@code requested} variant of {@code language}. */
    private static String requested(String language, String requested) {
        String want = requested.strip().replace('_', '-');
        for (String v : variants(language)) {
            if (v.equalsIgnoreCase(want)) {
                return v;
            }
        }
        // "fr-FR", "nl-NL", "es-ES", "it-IT": the region of a one-variant language's default means the default.
        String d = DEFAULTS.get(language);
        if (!d.contains("-") && want.toLowerCase(Locale.ROOT).equals(d + "-" + d)) {
            return d;
        }
        if (d.equals("es") && want.equalsIgnoreCase("es-ES")) {
            return d;
        }
        throw new IllegalArgumentException("unknown variant '" + requested + "' for language " + language
                + " (known: " + String.join(", ", variants(language)) + ")");
    }

    /** Returns {@code other} when its cues outnumber the default's by {@link #MARGIN}, else {@code fallback}. */
    private static String pick(int otherCues, int defaultCues, String other, String fallback) {
        return otherCues - defaultCues >= MARGIN ? other : fallback;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Returns a pattern for any of {@code words} as whole words, in any case (a sentence may start with one). */
    private static Pattern words(String... words) {
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < words.length; i++) {
            b.append(i == 0 ? "" : "|").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(b.append(")(?![\\p{L}\\p{N}-])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
