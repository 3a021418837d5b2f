package dev.briefly.cli;

import dev.briefly.eval.QuoteEval;
import dev.briefly.quotes.RuleQuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Measures quote extraction and attribution on gold quotes (GenderGapTracker or PolNeAR JSON Lines). */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Measures quote finding and speaker attribution against gold quotes in JSON Lines "
                + "(GenderGapTracker quotes[] or PolNeAR attributions[], direct ones).",
                "Prints quote precision, recall and F1 per gold subset, speaker accuracy and speed."})
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", description = "Gold quotes.")
    Path file;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also print up to N missed, extra and misattributed quotes (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--speakers", paramLabel = "WAY", defaultValue = "ranker",
            description = "ranker: the learned speaker ranker for quotes without a cue where the language has "
                    + "weights, as briefly summarize; rules: the rules alone (default: ${DEFAULT-VALUE}).")
    Way speakers;

    /** How speakers are chosen. */
    enum Way { ranker, rules }

    @Override
    public Integer call() {
        QuoteEval.Report r;
        try {
            RuleQuoteFinder finder = speakers == Way.ranker ? RuleQuoteFinder.withPackagedRankers()
                    : RuleQuoteFinder.rulesOnly();
            r = new QuoteEval(finder).evaluate(file, errors);
        } catch (IOException e) {
            spec.commandLine().getErr().println("briefly: " + file + ": " + Batch.reason(e));
            return Main.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "articles %d, full quotes found %d (unattributed %d), fragments %d%n",
                r.articles, r.found, r.unattributed, r.fragments);
        out.printf(Locale.ROOT, "precision %.3f (%d/%d found quotes match a gold quote)%n",
                r.precision(), r.foundMatched, r.found);
        for (Map.Entry<String, QuoteEval.Counts> e : r.subsets.entrySet()) {
            QuoteEval.Counts c = e.getValue();
            out.printf(Locale.ROOT, "gold %-26s n=%4d recall %.3f F1 %.3f speaker accuracy %.3f (%d/%d)%n",
                    e.getKey(), c.gold, c.recall(), r.f1(e.getKey()), c.speakerAccuracy(), c.speakerRight,
                    c.speakerGold);
        }
        if (r.insideUnlabelled > 0) {
            out.printf(Locale.ROOT, "%d unmatched found quotes lie inside gold attributions labelled indirect; "
                    + "counting them as neither right nor wrong: precision %.3f%n", r.insideUnlabelled,
                    r.precisionLabelledOnly());
            for (String subset : r.subsets.keySet()) {
                out.printf(Locale.ROOT, "  gold %-24s F1 %.3f%n", subset, r.f1LabelledOnly(subset));
            }
        }
        double secs = r.nanos / 1e9;
        out.printf(Locale.ROOT, "time %.3f s in the finder, %.0f chars/s%n", secs,
                secs == 0 ? 0 : r.chars / secs);
        r.errors.forEach(out::println);
        return Main.OK;
    }
}
