package dev.briefly.render;

import dev.briefly.Sentence;
import dev.briefly.Source;
import dev.briefly.Summary;
import dev.briefly.Span;
import dev.briefly.actors.Actor;
import dev.briefly.actors.ActorType;
import dev.briefly.actors.Mention;
import dev.briefly.grammar.GrammarFix;
import dev.briefly.grammar.GrammarIssue;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.quotes.Quote;
import dev.briefly.text.Repair;
import dev.briefly.translate.Translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds summaries by hand, with spans chosen to overlap, for the HTML report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** Returns a small article whose mention, quote, sentence and finding spans cross each other's ends. */
    static Summary crossing() {
        String text = "Ann Lee said: \"We <b>will</b> build it.\" The mayor agreed.\n\n"
                + "\"It is late\", said Bob & Co's \"boss\". Ann Lee left.";
        int quote1 = text.indexOf("We <b>");
        int quote2 = text.indexOf("It is late");
        int ann2 = text.lastIndexOf("Ann Lee");
        int s1End = text.indexOf("The mayor");
        List<Sentence> sentences = List.of(
                new Sentence(text.substring(0, s1End - 1), 1.0, 0, s1End - 1, 0),
                // Crosses the paragraph break and the quote's start on purpose.
                new Sentence(text.substring(s1End, quote2 + 5), 0.5, s1End, quote2 + 5, 1));
        List<Quote> quotes = List.of(
                new Quote(text.substring(quote1, quote1 + 25), quote1, quote1 + 25, "Ann Lee", "said", false, true),
                new Quote(text.substring(quote2, quote2 + 10), quote2, quote2 + 10, "Bob", "said", false, true));
        List<Actor> actors = List.of(
                new Actor("Ann Lee", ActorType.PERSON, "the \"builder\" <script>", 2.0,
                        List.of(new Mention(0, 7, "Ann Lee"), new Mention(ann2, ann2 + 7, "Ann Lee"))),
                new Actor("Bob & Co", ActorType.ORGANIZATION, null, 1.0,
                        List.of(new Mention(text.indexOf("Bob"), text.indexOf("Bob") + 8, "Bob & Co"))),
                // A mention that crosses the first quote's start.
                new Actor("said: We", ActorType.OTHER, null, 0.5,
                        List.of(new Mention(8, quote1 + 2, text.substring(8, quote1 + 2)))));
        GrammarReport grammar = new GrammarReport(true, List.of(new GrammarIssue(0, quote1 + 3, quote1 + 12,
                "R1", "TYPOS", "Odd \"markup\" <here>", List.of("will", "shall"))),
                List.of(new GrammarFix(s1End + 4, s1End + 9, "mayor", "Mayor")), null);
        Translation translation = new Translation("de", "test", null,
                List.of("Ann Lee sagte: <b>", "Der Bürgermeister"), List.of("Wir bauen es.", "Es ist spät"));
        // A joined word inside the first quote, and a removal (an empty span) inside "late".
        int built = text.indexOf("build");
        int late = text.indexOf("late") + 2;
        List<Repair> repairs = List.of(new Repair(Repair.Kind.HYPHENATION, built, built + 5, "bu-\nild", "build"),
                new Repair(Repair.Kind.INVISIBLE, late, late, "\u00AD<b>", ""));
        return new Summary(new Source("fixture.txt", "text", "A \"fixture\" <title>", null, null), "en",
                sentences, quotes, actors, grammar, translation, List.of(), repairs, text, 2);
    }

    /** Returns a summary of a random text with random spans of every kind, some overlapping, some empty. */
    static Summary random(Random r) {
        String alphabet = "ab c<>&\"'\n\n \u00e9\u05d0/;=";
        StringBuilder b = new StringBuilder();
        int length = r.nextInt(400);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String text = b.toString();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            Span s = span(r, text);
            sentences.add(new Sentence(s.of(text), 1, s.start(), s.end(), i));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            Span s = span(r, text);
            quotes.add(new Quote(s.of(text), s.start(), s.end(), r.nextBoolean() ? "x" : null, null, false,
                    r.nextBoolean()));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = r.nextInt(4); m > 0; m--) {
                Span s = span(r, text);
                mentions.add(new Mention(s.start(), s.end(), s.of(text)));
            }
            actors.add(new Actor("x" + i, ActorType.values()[r.nextInt(4)], null, 1, mentions));
        }
        List<GrammarIssue> issues = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Span s = span(r, text);
            issues.add(new GrammarIssue(0, s.start(), s.end(), "R", "C", "m<" + i, List.of("\"")));
        }
        List<Repair> repairs = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Span s = span(r, text);
            int end = r.nextBoolean() ? s.start() : s.end();
            repairs.add(new Repair(Repair.Kind.values()[r.nextInt(Repair.Kind.values().length)], s.start(), end,
                    "x\n\u0007<", text.substring(s.start(), end)));
        }
        return new Summary(new Source("r.txt", "text", null, null, null), "en", sentences, quotes, actors,
                new GrammarReport(true, issues, List.of(), null), null, List.of(), repairs, text, r.nextInt(4));
    }

    private static Span span(Random r, String text) {
        int a = r.nextInt(text.length() + 1);
        int b = r.nextInt(text.length() + 1);
        return new Span(Math.min(a, b), Math.max(a, b));
    }
}
