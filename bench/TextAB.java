import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.TextRepair;
import dev.briefly.text.WordChecker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times, in one process against whichever briefly.jar is on the class path, the seed's summary with grammar off
 * , the text stage alone on a hard-wrapped text (every line break a white-space change, the repair recorder's
 * worst case) and its repair step alone: median microseconds per call over ROUNDS rounds after a warm-up. Used by
 * bench/text-ab.sh.
 */
public class TextAB {
    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        Briefly briefly = Briefly.builder().grammar(GrammarMode.OFF).build();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        // The seed 50 times, wrapped at 72 columns: 220 kB in 150 paragraphs of about 40 lines each.
        List<String> wrapped = new ArrayList<>();
        for (int copy = 0; copy < 50; copy++) {
            for (String p : text.split("\n\\s*\n")) {
                StringBuilder b = new StringBuilder();
                int col = 0;
                for (String w : p.strip().split("\\s+")) {
                    if (col + w.length() > 72) {
                        b.append('\n');
                        col = 0;
                    } else if (col > 0) {
                        b.append(' ');
                        col++;
                    }
                    b.append(w);
                    col += w.length();
                }
                wrapped.add(b.toString());
            }
        }
        TextPipeline pipeline = new TextPipeline(WordChecker.none());
        TextRepair repair = new TextRepair(WordChecker.none());
        long sink = 0;
        for (int i = 0; i < calls * 2; i++) {
            sink += briefly.summarize(seed).text().length();
            sink += pipeline.process(wrapped, "en").sentences().size();
            sink += repair.repair(wrapped, "en").size();
        }
        double[] repairOnly = new double[rounds];
        double[] summarize = new double[rounds];
        double[] textStage = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                sink += briefly.summarize(seed).text().length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < calls / 10 + 1; i++) {
                sink += pipeline.process(wrapped, "en").sentences().size();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < calls / 10 + 1; i++) {
                sink += repair.repair(wrapped, "en").size();
            }
            long t3 = System.nanoTime();
            repairOnly[r] = (t3 - t2) / 1e3 / (calls / 10 + 1);
            summarize[r] = (t1 - t0) / 1e3 / calls;
            textStage[r] = (t2 - t1) / 1e3 / (calls / 10 + 1);
        }
        Arrays.sort(summarize);
        Arrays.sort(textStage);
        Arrays.sort(repairOnly);
        System.out.printf(Locale.ROOT, "seed summarize %.0f us, wrapped-text stage %.0f us, its repair %.0f us "
                + "(medians of %d rounds; %d)%n", summarize[rounds / 2], textStage[rounds / 2], repairOnly[rounds / 2],
                rounds, sink % 10);
    }
}
