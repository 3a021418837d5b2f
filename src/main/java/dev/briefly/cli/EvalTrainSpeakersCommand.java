package dev.briefly.cli;

import dev.briefly.eval.QuoteEval;
import dev.briefly.eval.SpeakerTrainer;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.quotes.SpeakerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Trains the learned speaker ranker on gold quotes and writes its weights; reports cross-validation and checks. */
@Command(name = "train-speakers", mixinStandardHelpOptions = true,
        description = {"Trains the speaker ranker (conditional logistic regression over each quote's speaker "
                + "candidates) on gold quotes in JSON Lines and writes its weights.",
                "Prints a k-fold cross-validation on the training file (rules against ranker) and, for each --check "
                + "file, speaker accuracy with the rules and with the new weights; the check files are never "
                + "trained or tuned on."})
final class EvalTrainSpeakersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", description = "Gold quotes to train on (polnear-train.jsonl).")
    Path file;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "Where to write the weights (resources/en/speaker-weights.txt).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the cross-validation, by article (row index mod K); 0 skips it "
                    + "(default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "" + SpeakerTrainer.DEFAULT_L2,
            description = "L2 penalty per example (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + SpeakerTrainer.DEFAULT_ITERATIONS,
            description = "Passes of full-batch AdaGrad (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--check", paramLabel = "FILE.jsonl",
            description = "Held-out gold quotes to report rules against ranker on (repeatable).")
    List<Path> checks = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Path current = file;
        try {
            SpeakerTrainer trainer = new SpeakerTrainer();
            List<SpeakerTrainer.Example> all = trainer.extract(file);
            o.printf(Locale.ROOT, "%s: %d scored quotes; the gold speaker is among the candidates for %.3f%n",
                    file, all.size(), SpeakerTrainer.reachable(all));
            List<String> header = new ArrayList<>();
            header.add("Speaker ranker weights: conditional logistic regression over a quote's speaker candidates.");
            header.add("Made by: briefly eval train-speakers " + file + " --l2 " + l2 + " --iterations "
                    + iterations + " --out " + out);
            header.add(String.format(Locale.ROOT, "Trained on the %d of %s's %d scored quotes that have no cue of "
                    + "their own (the rules decide the others).", SpeakerTrainer.trainable(all), file.getFileName(),
                    all.size()));
            if (folds > 1) {
                crossValidate(o, all, header);
            }
            SpeakerModel model = SpeakerTrainer.fit(all, l2, iterations);
            for (Path check : checks) {
                current = check;
                String line = compare(check, model, row -> true);
                o.println(line);
                header.add(line);
            }
            current = out;
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "speaker-weights", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                model.write(w, header);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            o.printf(Locale.ROOT, "wrote %d weights to %s%n", model.features().size(), out);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("briefly: " + current + ": " + Batch.reason(e));
            return Main.FAILED;
        }
    }

    /** Prints and records a K-fold cross-validation: candidate level and whole-chain speaker accuracy per fold. */
    private void crossValidate(PrintWriter o, List<SpeakerTrainer.Example> all, List<String> header)
            throws IOException {
        int rulesRight = 0;
        int rankerRight = 0;
        int scored = 0;
        double candRules = 0;
        double candRanker = 0;
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<SpeakerTrainer.Example> train = new ArrayList<>();
            List<SpeakerTrainer.Example> test = new ArrayList<>();
            for (SpeakerTrainer.Example e : all) {
                (e.row() % folds == fold ? test : train).add(e);
            }
            SpeakerModel model = SpeakerTrainer.fit(train, l2, iterations);
            candRules += SpeakerTrainer.rulesAccuracy(test) * test.size();
            candRanker += SpeakerTrainer.accuracy(model, test) * test.size();
            QuoteEval.Counts rules = headline(new QuoteEval(RuleQuoteFinder.rulesOnly())
                    .evaluate(file, 0, row -> row % folds == fold));
            QuoteEval.Counts ranker = headline(new QuoteEval(RuleQuoteFinder.withRanker(model))
                    .evaluate(file, 0, row -> row % folds == fold));
            o.printf(Locale.ROOT, "fold %d: speaker accuracy rules %.3f (%d/%d), ranker %.3f (%d/%d)%n", k,
                    rules.speakerAccuracy(), rules.speakerRight, rules.speakerGold, ranker.speakerAccuracy(),
                    ranker.speakerRight, ranker.speakerGold);
            rulesRight += rules.speakerRight;
            rankerRight += ranker.speakerRight;
            scored += rules.speakerGold;
        }
        String line = String.format(Locale.ROOT, "%d-fold cross-validation on %s: speaker accuracy rules %.3f, "
                        + "ranker %.3f (%d quotes); candidate level rules %.3f, ranker %.3f", folds,
                file.getFileName(), rulesRight / (double) Math.max(1, scored),
                rankerRight / (double) Math.max(1, scored), scored, candRules / Math.max(1, all.size()),
                candRanker / Math.max(1, all.size()));
        o.println(line);
        header.add(line);
    }

    private String compare(Path check, SpeakerModel model, java.util.function.IntPredicate rows) throws IOException {
        QuoteEval.Counts rules = headline(new QuoteEval(RuleQuoteFinder.rulesOnly()).evaluate(check, 0, rows));
        QuoteEval.Counts ranker = headline(new QuoteEval(RuleQuoteFinder.withRanker(model)).evaluate(check, 0, rows));
        return String.format(Locale.ROOT, "held out %s: speaker accuracy rules %.3f (%d/%d), ranker %.3f (%d/%d)",
                check.getFileName(), rules.speakerAccuracy(), rules.speakerRight, rules.speakerGold,
                ranker.speakerAccuracy(), ranker.speakerRight, ranker.speakerGold);
    }

    /** Returns the headline subset: PolNeAR's direct quotes, or GGT's quotes opening with a quote mark. */
    private static QuoteEval.Counts headline(QuoteEval.Report r) {
        QuoteEval.Counts c = r.subsets.get("direct");
        if (c == null) {
            c = r.subsets.get("opening with a quote mark");
        }
        return c == null ? new QuoteEval.Counts() : c;
    }
}
