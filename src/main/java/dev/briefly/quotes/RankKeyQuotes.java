package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.Languages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the key quotes shown with the summary: last step of the chain, skipped when no key quote is asked for.
 *
 * <p>Scores each full quote by length (40%), its speaker's salience (35%: quotes and person mentions) and its
 * overlap with the summary sentences' terms (25%), halving quotes with no speaker or under four words; then takes
 * the best, one per speaker first (a speaker's second key quote must beat every first one still waiting). Reads
 * the quotes' text and speakers, {@link QuoteState#names}, the summary and key count; writes
 * {@link QuoteCandidate#key}. Stateless and thread-safe.
 */
final class RankKeyQuotes implements QuoteStep {

    @Override
    public void apply(QuoteState st) {
        if (st.keyCount <= 0) {
            return;
        }
        List<QuoteCandidate> quotes = st.quotes;
        Map<String, Integer> salience = new HashMap<>();
        for (QuoteCandidate q : quotes) {
            if (q.speaker != null && !q.fragment) {
                salience.merge(q.speaker, 1, Integer::sum);
            }
        }
        for (Names.Mention m : st.names.mentions) {
            if (m.person()) {
                salience.merge(st.names.people.canonical(m.canonical()), 1, Integer::sum);
            }
        }
        int maxSalience = salience.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Set<String> summaryTerms = new HashSet<>();
        LanguageAnalysis analysis = Languages.isSupported(st.lex.language) ? Languages.analysis(st.lex.language)
                : null;
        if (analysis != null) {
            for (Span s : st.summary) {
                summaryTerms.addAll(analysis.terms(s.of(st.text)));
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteCandidate q = quotes.get(i);
            if (q.fragment) {
                continue;
            }
            int words = q.text.split("\\s+").length;
            double length = Math.min(1.0, Math.log1p(words) / Math.log1p(40));
            double sal = q.speaker == null ? 0 : salience.getOrDefault(q.speaker, 0) / (double) maxSalience;
            double central = 0;
            if (analysis != null && !summaryTerms.isEmpty()) {
                List<String> terms = analysis.terms(q.text);
                if (!terms.isEmpty()) {
                    long hits = terms.stream().filter(summaryTerms::contains).count();
                    central = hits / (double) terms.size();
                }
            }
            double score = 0.4 * length + 0.35 * sal + 0.25 * central;
            if (q.speaker == null) {
                score *= 0.5;
            }
            if (words < 4) {
                score *= 0.5;
            }
            scored.add(new double[]{score, i});
        }
        scored.sort((a, b) -> Double.compare(b[0], a[0]));
        pick(quotes, scored, st.keyCount);
    }

    /** Marks up to {@code keyCount} of the {@code scored} quotes key, best first, preferring different voices. */
    private static void pick(List<QuoteCandidate> quotes, List<double[]> scored, int keyCount) {
        Set<Integer> key = new HashSet<>();
        Map<String, Integer> perSpeaker = new HashMap<>();
        for (int round = 0; round < 2 && key.size() < keyCount; round++) {
            for (double[] s : scored) {
                if (key.size() >= keyCount) {
                    break;
                }
                int i = (int) s[1];
                String who = String.valueOf(quotes.get(i).speaker);
                if (key.contains(i) || round == 0 && perSpeaker.getOrDefault(who, 0) > 0) {
                    continue;
                }
                key.add(i);
                perSpeaker.merge(who, 1, Integer::sum);
            }
        }
        for (int i : key) {
            quotes.get(i).key = true;
        }
    }
}
