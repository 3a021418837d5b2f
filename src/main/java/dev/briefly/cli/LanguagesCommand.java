package dev.briefly.cli;

import dev.briefly.translate.LanguagePair;
import dev.briefly.translate.PairTranslator;
import dev.briefly.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Lists every language Briefly processes with the stages it has, or (--pairs) the language pairs the chosen
 * translation engine can translate, directly or through a pivot.
 */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = {"Lists every language Briefly summarises and, for each, the stages it has: summary, quotes "
                + "(quote marks and speech verbs in resources/<lang>/), actors (titles in resources/<lang>/), "
                + "grammar (a LanguageTool module on the class path) and the translation engine's direct targets.",
                "With --pairs: what the translation engine can translate, direct pairs with their variants, then "
                        + "pairs reached through a pivot language."},
        footerHeading = "%nExamples:%n",
        footer = {"  briefly languages", "  briefly languages --pairs",
                "  briefly languages --pairs --translator apy --translator-url http://127.0.0.1:2737"})
final class LanguagesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TranslatorOptions engine;

    @Option(names = "--pairs", description = "List the translation engine's language pairs instead.")
    boolean listPairs;

    @Override
    public Integer call() throws IOException {
        Translator t = engine.create();
        PrintWriter out = spec.commandLine().getOut();
        if (!listPairs) {
            LanguageTable.print(out, t);
            out.flush();
            return Main.OK;
        }
        List<LanguagePair> pairs = t.pairs();
        Map<String, TreeSet<String>> direct = new TreeMap<>();
        for (LanguagePair p : pairs) {
            TreeSet<String> v = direct.computeIfAbsent(p.from() + "→" + p.to(), k -> new TreeSet<>());
            if (p.variant() != null) {
                v.add(p.variant());
            }
        }
        out.println(t.name() + ": " + direct.size() + " direct pairs");
        direct.forEach((k, v) -> out.println("  " + k + (v.isEmpty() ? "" : "  variants: " + String.join(", ", v))));
        if (t instanceof PairTranslator pt) {
            TreeSet<String> langs = new TreeSet<>();
            pairs.forEach(p -> {
                langs.add(p.from());
                langs.add(p.to());
            });
            List<String> pivoted = new ArrayList<>();
            for (String a : langs) {
                for (String b : langs) {
                    if (!a.equals(b) && !direct.containsKey(a + "→" + b)) {
                        try {
                            PairTranslator.Route r = pt.route(a, b);
                            pivoted.add("  " + a + "→" + b + "  via " + r.pivot());
                        } catch (IOException e) {
                            // Not reachable: not listed.
                        }
                    }
                }
            }
            out.println("through a pivot: " + pivoted.size());
            pivoted.forEach(out::println);
        }
        out.flush();
        return Main.OK;
    }
}
