import dev.briefly.eval.SegmentationEval;
import dev.briefly.text.SentenceSplitter;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates the F1 of the Thai space splitter with its one number, the shortest sentence ended at a space
 * (SpaceSentenceSplitter.MIN_CHARS), chosen by cross-validation instead of on all the lines it is scored on: the
 * FLORES lines (each from its own document) are cut into FOLDS consecutive folds; for each fold the value with the
 * best F1 on the other folds is chosen from a grid and scored on the fold; the folds' counts are pooled. Prints
 * the grid on all lines too. Usage, from the repository root after mvn package:
 * java -cp "target/briefly.jar:target/lib/*" bench/ThaiCrossValidation.java ../shared/data 5
 */
public class ThaiCrossValidation {

    private static final int[] GRID = {30, 40, 50, 60, 70, 80, 90, 100, 120};

    public static void main(String[] args) throws Exception {
        List<SegmentationEval.Line> lines = SegmentationEval.read(Path.of(args[0])).get("th").get(0);
        int folds = Integer.parseInt(args[1]);
        Constructor<?> make = Class.forName("dev.briefly.text.SpaceSentenceSplitter")
                .getDeclaredConstructor(String.class, int.class);
        make.setAccessible(true);
        for (int g : GRID) {
            System.out.printf(Locale.ROOT, "all lines, min %3d: F1 %.3f%n", g, score(lines, make, g).f1());
        }
        int gold = 0;
        int found = 0;
        int correct = 0;
        int excused = 0;
        for (int f = 0; f < folds; f++) {
            List<SegmentationEval.Line> train = new ArrayList<>();
            List<SegmentationEval.Line> test = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                (i * folds / lines.size() == f ? test : train).add(lines.get(i));
            }
            int best = GRID[0];
            double bestF1 = -1;
            for (int g : GRID) {
                double f1 = score(train, make, g).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = g;
                }
            }
            SegmentationEval.Scores s = score(test, make, best);
            System.out.printf(Locale.ROOT, "fold %d: min %d (F1 %.3f on the other folds), F1 %.3f on the fold%n",
                    f, best, bestF1, s.f1());
            gold += s.gold();
            found += s.found();
            correct += s.correct();
            excused += s.excused();
        }
        SegmentationEval.Scores all = new SegmentationEval.Scores("th", "spaces", folds, gold, found, correct, excused);
        System.out.printf(Locale.ROOT, "cross-validated, pooled: precision %.3f recall %.3f F1 %.3f%n",
                all.precision(), all.recall(), all.f1());
    }

    private static SegmentationEval.Scores score(List<SegmentationEval.Line> lines, Constructor<?> make, int min) {
        return SegmentationEval.run(Map.of("th", List.of(lines)), l -> {
            try {
                return (SentenceSplitter) make.newInstance(l, min);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).get(0);
    }
}
