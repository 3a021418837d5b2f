package dev.briefly;

import dev.briefly.grammar.GrammarMode;

import java.nio.file.Path;

/**
 * Uses the library as a host application would, with its defaults, and prints what came out as tab-separated lines
 * ({@code kind TAB file TAB value}); {@link CoreClassPathIT} runs it on a class path without the optional jars.
 * The last file is summarised again with grammar on.
 */
public final class CoreLibraryProbe {

    private CoreLibraryProbe() {
    }

    /** Summarises each file in {@code args} and prints its language, sentences, actors, warnings or error. */
    public static void main(String[] args) throws Exception {
        Briefly briefly = Briefly.builder().build();
        for (String file : args) {
            try {
                print(file, briefly.summarize(Path.of(file)));
            } catch (BrieflyException e) {
                System.out.println("error\t" + file + "\t" + e.getMessage());
            }
        }
        String last = args[args.length - 1];
        Summary checked = briefly.toBuilder().grammar(GrammarMode.REPORT).build().summarize(Path.of(last));
        System.out.println("grammar\t" + last + "\t" + (checked.grammar() != null));
        checked.warnings().forEach(w -> System.out.println("grammar-warning\t" + last + "\t" + w));
    }

    private static void print(String file, Summary s) {
        System.out.println("language\t" + file + "\t" + s.language());
        s.summary().forEach(x -> System.out.println("sentence\t" + file + "\t" + x.text()));
        System.out.println("quotes\t" + file + "\t" + s.quotes().size());
        s.actors().forEach(a -> System.out.println("actor\t" + file + "\t" + a.name() + " " + a.type()));
        s.warnings().forEach(w -> System.out.println("warning\t" + file + "\t" + w));
    }
}
