import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Measures, cold and on one thread, the CPU time and the bytes allocated by each part of a LanguageTool build in
 * the order Briefly's background build meets them (the language registry, the speller with Briefly's compiled
 * dictionary, the Java rules, the pattern-rule XML, the chunkers, the disambiguator, a first check), then lists
 * LanguageTool's Java rules for the variant with the CPU samples (1 ms, JFR) taken in each rule's construction and
 * whether Briefly can ever report the rule (not in a category it switches off, not off by default).
 * Usage, beside the class-data archive the launcher uses with grammar on:
 * java -XX:SharedArchiveFile=target/briefly-grammar.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off
 *   -cp target/briefly.jar bench/LanguageToolParts.java en-US
 * With -Dparts.convertedModels=true the chunkers' part first installs the OpenNLP models that the build converted,
 * as Briefly's build does; without it LanguageTool reads its own.
 */
public class LanguageToolParts {

    /** LanguageToolEngine.OFF_CATEGORIES. */
    private static final Set<String> OFF = Set.of("STYLE", "REDUNDANCY", "REPETITIONS_STYLE", "PLAIN_ENGLISH",
            "WIKIPEDIA", "CREATIVE_WRITING");
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static long cpu;
    private static long bytes;

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        Path jfr = Files.createTempFile("lt-parts", ".jfr");
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.start();

        start();
        Language lang = Languages.getLanguageForShortCode(variant);
        end("language registry");
        start();
        Class<?> dictionaries = Class.forName("dev.briefly.grammar.SpellerDictionaries");
        Method preload = dictionaries.getDeclaredMethod("preload", String.class);
        preload.setAccessible(true);
        preload.invoke(null, variant);
        SpellingCheckRule speller = lang.getDefaultSpellingRule();
        if (speller != null) {
            speller.isMisspelled("the");
        }
        end("speller");
        ResourceBundle messages = JLanguageTool.getMessageBundle(lang);
        UserConfig config = new UserConfig();
        start();
        List<Rule> rules = new ArrayList<>(lang.getRelevantRules(messages, config, null, List.of()));
        rules.addAll(lang.getRelevantRulesGlobalConfig(messages, null, config, null, List.of()));
        rules.addAll(lang.getRelevantLanguageModelCapableRules(messages, null, null, config, null, List.of()));
        end("java rules (" + rules.size() + ")");
        start();
        Method patternRules = Language.class.getDeclaredMethod("getPatternRules");
        patternRules.setAccessible(true);
        int patterns = ((List<?>) patternRules.invoke(lang)).size();
        end("pattern rules, every one (" + patterns + ")");
        start();
        JLanguageTool tool = new JLanguageTool(lang);
        end("new JLanguageTool (the rest)");
        start();
        if (Boolean.getBoolean("parts.convertedModels")) {
            // As Briefly's build does: the OpenNLP models converted at build time (grammar.OpenNlpModels).
            Method install = Class.forName("dev.briefly.grammar.OpenNlpModels").getDeclaredMethod("install", String.class);
            install.setAccessible(true);
            install.invoke(null, lang.getShortCode());
        }
        lang.getChunker();
        lang.getPostDisambiguationChunker();
        end("chunkers");
        start();
        lang.getSentenceTokenizer().tokenize("This is a sentence.");
        end("sentence tokenizer");
        start();
        tool.analyzeText("This is a sentence.");
        end("tagger and disambiguator");
        start();
        tool.check("This is a sentence.");
        end("first check");
        recording.stop();
        recording.dump(jfr);

        Map<String, Integer> samples = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            for (int i = frames.size() - 1; i > 0; i--) {
                String m = frames.get(i).getMethod().getName();
                if (frames.get(i).getMethod().getType().getName().startsWith("org.languagetool.language.")
                        && m.startsWith("getRelevant")) {
                    // The frame the rule list called: a rule's constructor or static initialiser.
                    samples.merge(frames.get(i - 1).getMethod().getType().getName(), 1, Integer::sum);
                    break;
                }
            }
        }
        Files.deleteIfExists(jfr);
        int never = 0;
        int neverSamples = 0;
        for (Rule r : rules) {
            String category = r.getCategory() == null ? "?" : r.getCategory().getId().toString();
            boolean reportable = !OFF.contains(category) && !r.isDefaultOff();
            int s = samples.getOrDefault(r.getClass().getName(), 0);
            if (!reportable) {
                never++;
                neverSamples += s;
            }
            System.out.printf(Locale.ROOT, "rule %-40s %-18s %-10s %4d samples %s%n", r.getId(), category,
                    reportable ? "reported" : "never", s, r.getClass().getSimpleName());
        }
        System.out.printf(Locale.ROOT, "java rules: %d, never reported by Briefly: %d (%d samples of %d in rule "
                + "constructors; the rest of the list's time is its own, class loading included)%n", rules.size(),
                never, neverSamples, samples.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static void start() {
        cpu = MX.getCurrentThreadCpuTime();
        bytes = MX.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void end(String part) {
        System.out.printf(Locale.ROOT, "%-36s CPU %5.0f ms  allocated %6.1f MB%n", part,
                (MX.getCurrentThreadCpuTime() - cpu) / 1e6,
                (MX.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes) / 1e6);
    }
}
