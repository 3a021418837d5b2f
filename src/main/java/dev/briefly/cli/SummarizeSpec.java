package dev.briefly.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.lang.reflect.Field;

/**
 * Builds {@code briefly summarize}'s command line with picocli's programmatic model, the same options as the
 * annotations of {@link SummarizeCommand}, {@link SummaryOptions}, {@link TranslatorOptions} and
 * {@link WebOptions} declare, for the fast path of {@link Main}. Picocli reads annotations through Java's
 * annotation parser and a generated proxy class per annotation type, about a third of a cold start's main thread
 * with grammar off (docs/performance.md); here nothing is read from annotations.
 *
 * <p>The annotations stay the reference: every other command line is built from them, and
 * {@code LeanCommandLineTest} compares this model with theirs attribute by attribute, and the help, usage errors
 * and parsed values of both, so that a change to one without the other fails the build. Not thread-safe: build one
 * command line per thread.
 */
final class SummarizeSpec {

    private SummarizeSpec() {
    }

    /** Returns the command line {@code briefly summarize} with only that subcommand, not yet configured. */
    static CommandLine commandLine() {
        CommandSpec root = CommandSpec.wrapWithoutInspection(new Main.Lean()).name("briefly")
                .versionProvider(new Main.VersionProvider());
        root.addMixin("mixinStandardHelpOptions", standardHelp());
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand("summarize", new CommandLine(summarize(new SummarizeCommand())));
        return cl;
    }

    /** Returns the spec of {@code cmd}, its mixins made and injected as picocli would. */
    static CommandSpec summarize(SummarizeCommand cmd) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(cmd).name("summarize");
        cmd.spec = spec;
        spec.usageMessage()
                .description("Summarises news articles: txt, HTML, PDF, DOCX/DOC, ODT, RTF, EPUB, EML, Markdown or "
                                + "stdin; web pages by URL, and every article of an RSS/Atom feed or a sitemap "
                                + "(--feed).",
                        "Several files or a folder are processed in parallel; a bad file gets one line on stderr "
                                + "and the others go on.")
                .sortOptions(false)
                .footerHeading("%nExit codes:%n")
                .footer("  0  every input succeeded", "  1  some input failed", "  2  usage error", "",
                        "Examples:", "  briefly summarize seeds/000_09586750ae67223c.txt",
                        "  briefly summarize -n 5 --format markdown article.html",
                        "  briefly summarize --format json --output out/ samples/",
                        "  briefly summarize https://example.org/news/article.html",
                        "  briefly summarize --feed https://example.org/rss.xml -j 2 --output out/");
        Binding inputs = new Binding(cmd, "inputs");
        spec.addPositional(inputs.bind(PositionalParamSpec.builder()).index("0..*").arity("0..*")
                .paramLabel("FILE|DIR|URL|-")
                .description("Articles to summarise: files, folders, http(s) URLs; - reads stdin.").build());
        cmd.summary = new SummaryOptions();
        spec.addMixin("summary", summary(cmd.summary));
        spec.addOption(option(cmd, "format", "-f", "--format").paramLabel("FORMAT").defaultValue("text")
                .description("Output format: text, markdown, json or html (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(cmd, "outputOption", "-o", "--output").paramLabel("FILE|DIR")
                .description("Write to FILE, or into DIR as NAME.summary.{txt,md,json,html} per input "
                        + "(a DIR is required for several inputs).").build());
        spec.addOption(option(cmd, "jobs", "-j", "--jobs").paramLabel("N")
                .description("Files processed in parallel (default: the number of cores).").build());
        spec.addOption(option(cmd, "timeout", "--timeout").paramLabel("TIME")
                .description("Time limit for one input, e.g. 90s or 5m; past it the input fails and the others go "
                        + "on (0: no limit; default: 60s). A URL's fetch gets this limit too (default: 20s).")
                .build());
        cmd.web = new WebOptions();
        spec.addMixin("web", web(cmd.web));
        spec.addMixin("mixinStandardHelpOptions", standardHelp());
        return spec;
    }

    private static CommandSpec summary(SummaryOptions o) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(o);
        spec.addOption(option(o, "sentences", "-n", "--sentences").paramLabel("N")
                .description("Summary length in sentences (default: 3).").build());
        spec.addOption(option(o, "ratio", "--ratio").paramLabel("R")
                .description("Summary length as a share of the article's sentences, e.g. 0.2.").build());
        spec.addOption(option(o, "words", "--words").paramLabel("W")
                .description("Summary length as a word budget.").build());
        spec.addOption(option(o, "summarizers", "--summarizer").paramLabel("NAME").splitRegex(",")
                .defaultValue("default")
                .description("Sentence ranker: default (TextRank with a news position prior: the lead counts most) "
                        + "or plain (TextRank without it: the most central sentences wherever they stand; suits "
                        + "features, reports and long summaries). Default: ${DEFAULT-VALUE}. 'eval summaries' takes "
                        + "a comma-separated list and scores each.").build());
        spec.addOption(option(o, "lang", "-l", "--lang").paramLabel("LANG")
                .description("Article language (ISO 639-1: en, de, fr, es, it, pt, nl, ru, pl, sv, ca); "
                        + "detected when not given.").build());
        spec.addOption(option(o, "quotes", "--quotes").paramLabel("K").defaultValue("3")
                .description("Key quotes to show (default: ${DEFAULT-VALUE}; 0 turns quotes off).").build());
        spec.addOption(option(o, "actors", "--actors").paramLabel("N").defaultValue("10")
                .description("Actors to show (default: ${DEFAULT-VALUE}; 0 turns actors off).").build());
        spec.addOption(option(o, "grammar", "--grammar").paramLabel("MODE").defaultValue("report")
                .description("Grammar check of the summary: off, report or fix (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(option(o, "fixCategories", "--fix-categories").paramLabel("CATS").splitRegex(",")
                .description("LanguageTool category ids that --grammar fix corrects, comma-separated (default: "
                        + "typos, punctuation and spacing, agreement; see docs/grammar.md).").build());
        spec.addOption(option(o, "variants", "--grammar-variant").paramLabel("CODES").splitRegex(",")
                .description("LanguageTool variants the grammar check uses, one per language, e.g. "
                        + "en-GB,pt-BR,de-CH (default: chosen from the article's spelling; see docs/grammar.md).")
                .build());
        spec.addOption(option(o, "check", "--check").paramLabel("WHAT")
                .description("'article' also checks the whole article and counts issues per category.").build());
        spec.addOption(option(o, "translateTo", "--translate-to").paramLabel("LANG")
                .description("Also translate the summary and key quotes into LANG (ISO 639-1), originals kept; "
                        + "see 'briefly languages'.").build());
        o.translator = new TranslatorOptions();
        spec.addMixin("translator", translator(o.translator));
        return spec;
    }

    private static CommandSpec translator(TranslatorOptions o) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(o);
        spec.addOption(option(o, "engine", "--translator").paramLabel("ENGINE").defaultValue("apertium")
                .description("Translation engine: apertium (local, default), apy (Apertium APy server) or "
                        + "libretranslate (LibreTranslate-compatible server).").build());
        spec.addOption(option(o, "url", "--translator-url").paramLabel("URL")
                .description("Server URL for --translator apy or libretranslate, e.g. http://127.0.0.1:2737.")
                .build());
        spec.addOption(option(o, "apiKey", "--api-key").paramLabel("KEY")
                .description("API key for LibreTranslate.").build());
        spec.addOption(option(o, "variant", "--variant").paramLabel("NAME")
                .description("Target variant of an Apertium pair, e.g. valencia for Catalan or BR for Portuguese.")
                .build());
        spec.addOption(option(o, "keepMarks", "--keep-unknown-marks").paramLabel("<keepMarks>")
                .description("Keep Apertium's marks before words it could not translate (*word, @word, #word).")
                .build());
        spec.addOption(option(o, "timeoutSeconds", "--translate-timeout").paramLabel("SECONDS").defaultValue("30")
                .description("Longest one translation call may take (default: ${DEFAULT-VALUE}).").build());
        return spec;
    }

    private static CommandSpec web(WebOptions o) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(o);
        spec.addOption(option(o, "feeds", "--feed").paramLabel("URL|FILE")
                .description("Summarise every article an RSS/Atom feed or a sitemap (sitemap.xml, news sitemap, "
                        + "sitemap index) links to; repeatable.").build());
        spec.addOption(option(o, "delay", "--delay").paramLabel("TIME").defaultValue("1s")
                .description("Politeness delay between two requests to one host when reading a feed "
                        + "(default: ${DEFAULT-VALUE}; robots.txt's Crawl-delay, when longer, wins).").build());
        spec.addOption(option(o, "ignoreRobots", "--ignore-robots").paramLabel("<ignoreRobots>")
                .description("Fetch a feed's articles even where robots.txt disallows it (for your own sites).")
                .build());
        return spec;
    }

    /** Returns picocli's standard {@code -h, --help} and {@code -V, --version} options as a mixin. */
    private static CommandSpec standardHelp() {
        StandardHelp o = new StandardHelp();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(o);
        spec.addOption(option(o, "helpRequested", "-h", "--help").usageHelp(true).paramLabel("<helpRequested>")
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
                .withToString("field boolean picocli.CommandLine$AutoHelpMixin.helpRequested").build());
        spec.addOption(option(o, "versionRequested", "-V", "--version").versionHelp(true)
                .paramLabel("<versionRequested>").descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.")
                .withToString("field boolean picocli.CommandLine$AutoHelpMixin.versionRequested").build());
        return spec;
    }

    /** Holds the standard options' values, as picocli's own mixin for them does. */
    private static final class StandardHelp {
        boolean helpRequested;
        boolean versionRequested;
    }

    private static OptionSpec.Builder option(Object target, String field, String... names) {
        return new Binding(target, field).bind(OptionSpec.builder(names));
    }

    /** Reads and writes one field of an options object, as picocli does for an annotated field. */
    private static final class Binding implements IGetter, ISetter {
        private final Object target;
        private final Field field;

        Binding(Object target, String name) {
            this.target = target;
            try {
                this.field = target.getClass().getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("no field " + name + " in " + target.getClass(), e);
            }
        }

        /** Binds option {@code b} to this field with the type, initial value and name its annotation would give. */
        OptionSpec.Builder bind(OptionSpec.Builder b) {
            b.getter(this).setter(this).userObject(field).type(field.getType()).initialValue(get())
                    .withToString(describe()).descriptionKey("").prompt("");
            return collection() ? b.auxiliaryTypes(String.class) : b;
        }

        /** Binds positional parameter {@code b} to this field, as {@link #bind(OptionSpec.Builder)}. */
        PositionalParamSpec.Builder bind(PositionalParamSpec.Builder b) {
            b.getter(this).setter(this).userObject(field).type(field.getType()).initialValue(get())
                    .withToString(describe()).descriptionKey("").prompt("");
            return collection() ? b.auxiliaryTypes(String.class) : b;
        }

        private boolean collection() {
            return java.util.Collection.class.isAssignableFrom(field.getType());
        }

        /** Returns the field as picocli names it in its messages, e.g. "field Integer dev.briefly.cli.X.n". */
        private String describe() {
            return "field " + field.toGenericString().replace("java.lang.", "");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            try {
                return (T) field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            try {
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return old;
        }
    }
}
