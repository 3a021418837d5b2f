package dev.briefly.translate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Translates through engines that offer a fixed set of language pairs: picks the direct pair (and the wanted
 * variant), or pivots through one language that has pairs both ways, and keeps blank lines and line alignment.
 *
 * <p>Subclasses say which pairs exist and translate a batch over one pair. Thread-safe when the subclass is;
 * the pair list is loaded once and cached.
 */
public abstract class PairTranslator implements Translator {

    /** Pivot languages tried first, in this order, before any other language that fits. */
    private static final List<String> PIVOT_ORDER = List.of("es", "en", "fr", "ca", "pt");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final String variant;
    private volatile List<LanguagePair> pairs;

    /** Creates a translator that prefers the target variant {@code variant} (null: the plain one). */
    protected PairTranslator(String variant) {
        this.variant = variant == null || variant.isBlank() ? null : variant.strip();
    }

    /** Returns the pairs the engine offers; called once, the result is cached. */
    protected abstract List<LanguagePair> loadPairs() throws IOException;

    /**
     * Returns {@code lines} (non-blank, single-line) translated over {@code pair}, one output per input in order.
     */
    protected abstract List<String> translateDirect(List<String> lines, LanguagePair pair) throws IOException;

    @Override
    public List<LanguagePair> pairs() throws IOException {
        List<LanguagePair> p = pairs;
        if (p == null) {
            List<LanguagePair> loaded = withMembers(loadPairs());
            loaded.sort(Comparator.comparing(LanguagePair::from).thenComparing(LanguagePair::to)
                    .thenComparing(x -> x.variant() == null ? "" : x.variant()));
            p = List.copyOf(loaded);
            pairs = p;
        }
        return p;
    }

    /**
     * Returns {@code pairs} with each pair of a macrolanguage also offered for its member languages: a pair that
     * reads Serbo-Croatian ({@code hbs→en}) reads Croatian, Bosnian and Serbian, and a target variant named for a
     * member ({@code en→hbs (HR)}) writes that member ({@code en→hr}).
     */
    static List<LanguagePair> withMembers(List<LanguagePair> pairs) {
        java.util.LinkedHashSet<LanguagePair> out = new java.util.LinkedHashSet<>(pairs);
        for (LanguagePair p : pairs) {
            List<String> sources = new ArrayList<>(List.of(p.from()));
            sources.addAll(LanguageCodes.members(p.from()));
            String member = p.variant() == null ? null : p.variant().toLowerCase(Locale.ROOT);
            boolean writesMember = member != null && LanguageCodes.members(p.to()).contains(member);
            for (String from : sources) {
                if (!from.equals(p.from())) {
                    out.add(new LanguagePair(from, p.to(), p.variant(), p.id()));
                }
                if (writesMember && !from.equals(member)) {
                    // The variant stays, so --variant HR still picks this mode for en→hr as it does for en→hbs.
                    out.add(new LanguagePair(from, member, p.variant(), p.id()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public TranslatedLines translate(List<String> lines, String from, String to) throws IOException {
        Objects.requireNonNull(lines, "lines");
        String src = LanguageCodes.toAlpha2(from);
        String tgt = LanguageCodes.toAlpha2(to);
        if (src.equals(tgt) && variant == null) {
            return new TranslatedLines(lines, null);
        }
        Route route = route(src, tgt);
        List<String> work = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // A newline inside a line would break the engine's line alignment; a space means the same in prose.
            String line = BLANKS.matcher(lines.get(i)).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                work.add(line);
                where.add(i);
            }
        }
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(lines.size(), ""));
        if (!work.isEmpty()) {
            List<String> readable = ScriptConversion.readable(work, route.first().from());
            List<String> done = checked(translateDirect(readable, route.first()), work.size(), route.first());
            if (route.second() != null) {
                done = checked(translateDirect(done, route.second()), work.size(), route.second());
            }
            for (int k = 0; k < done.size(); k++) {
                out.set(where.get(k), done.get(k));
            }
        }
        return new TranslatedLines(out, route.pivot());
    }

    /** Returns {@code lines} in the script the first pair of the route from {@code from} to {@code to} reads. */
    @Override
    public List<String> inReadableScript(List<String> lines, String from, String to) throws IOException {
        if (LanguageCodes.toAlpha2(from).equals(LanguageCodes.toAlpha2(to))) {
            return lines;
        }
        return ScriptConversion.readable(lines, route(from, to).first().from());
    }

    private List<String> checked(List<String> got, int expected, LanguagePair pair) throws IOException {
        if (got.size() != expected) {
            throw new IOException(name() + " returned " + got.size() + " lines for " + expected + " over "
                    + pair.label());
        }
        return got;
    }

    /**
     * Returns how {@code from} reaches {@code to}: a direct pair, or two pairs through a pivot language.
     *
     * @throws IOException when no route exists; the message lists the available pairs
     */
    public Route route(String from, String to) throws IOException {
        String src = LanguageCodes.toAlpha2(from);
        String tgt = LanguageCodes.toAlpha2(to);
        if (sameMacrolanguage(src, tgt)) {
            throw new IOException(name() + " has no pair " + src + "→" + tgt + ": both are written standards of one"
                    + " language, which no engine here translates between (through another language it would only"
                    + " lose words)");
        }
        List<LanguagePair> all = pairs();
        List<LanguagePair> direct = all.stream().filter(p -> p.from().equals(src) && p.to().equals(tgt)).toList();
        if (!direct.isEmpty()) {
            return new Route(pickVariant(direct, src, tgt), null);
        }
        List<String> pivots = new ArrayList<>(PIVOT_ORDER);
        all.stream().map(LanguagePair::to).sorted().distinct().filter(l -> !pivots.contains(l)).forEach(pivots::add);
        // Through Serbo-Croatian rather than through one of its members: same modes, an honest pivot name.
        List<String> macro = List.copyOf(pivots);
        pivots.removeIf(l -> !PIVOT_ORDER.contains(l)
                && macro.stream().anyMatch(m -> LanguageCodes.members(m).contains(l)));
        for (String p : pivots) {
            if (p.equals(src) || p.equals(tgt)) {
                continue;
            }
            Optional<LanguagePair> first = plain(all, src, p);
            List<LanguagePair> second = all.stream().filter(x -> x.from().equals(p) && x.to().equals(tgt)).toList();
            if (first.isPresent() && !second.isEmpty()) {
                return new Route(first.get(), pickVariant(second, p, tgt));
            }
        }
        throw new IOException(name() + " has no pair " + src + "→" + tgt + ", neither direct nor through a pivot"
                + " language; available: " + available(all));
    }

    /** Tells whether {@code a} and {@code b} differ but are one macrolanguage or its members (hr, sr, bs, hbs). */
    static boolean sameMacrolanguage(String a, String b) {
        return !a.equals(b) && !LanguageCodes.family(a).isEmpty()
                && LanguageCodes.family(a).equals(LanguageCodes.family(b));
    }

    private static Optional<LanguagePair> plain(List<LanguagePair> all, String from, String to) {
        List<LanguagePair> c = all.stream().filter(x -> x.from().equals(from) && x.to().equals(to)).toList();
        return c.stream().filter(x -> x.variant() == null).findFirst().or(() -> c.stream().findFirst());
    }

    private LanguagePair pickVariant(List<LanguagePair> candidates, String from, String to) throws IOException {
        if (variant == null) {
            return candidates.stream().filter(x -> x.variant() == null).findFirst().orElse(candidates.get(0));
        }
        String want = variant.toLowerCase(Locale.ROOT);
        for (LanguagePair c : candidates) {
            if (c.variant() != null && c.variant().toLowerCase(Locale.ROOT).equals(want)) {
                return c;
            }
        }
        TreeSet<String> variants = new TreeSet<>();
        candidates.forEach(c -> variants.add(c.variant() == null ? "(plain)" : c.variant()));
        throw new IOException(name() + " has no variant '" + variant + "' of " + from + "→" + to
                + "; available: " + String.join(", ", variants));
    }

    /** Returns the distinct pairs as {@code en→es, es→en, ...} for messages. */
    public static String available(List<LanguagePair> all) {
        TreeSet<String> labels = new TreeSet<>();
        all.forEach(p -> labels.add(p.from() + "→" + p.to()));
        return labels.isEmpty() ? "none" : String.join(", ", labels);
    }

    /** Holds a route: one pair, or two through a pivot language ({@code second} null when direct). */
    public record Route(LanguagePair first, LanguagePair second) {

        /** Returns the pivot language, or null for a direct route. */
        public String pivot() {
            return second == null ? null : first.to();
        }
    }
}
