package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.briefly.grammar.LanguageGrammarTestSupport.CHECKER;
import static dev.briefly.grammar.LanguageGrammarTestSupport.allSentences;
import static dev.briefly.grammar.LanguageGrammarTestSupport.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageToolModulesTest {

    @Test
    void everyCheckedLanguageFindsItsModuleOnTheBuildsClassPath() {
        for (String language : LanguageToolModules.languages()) {
            assertEquals(Optional.empty(), LanguageToolModules.problem(language), language);
        }
        assertEquals(28, LanguageToolModules.languages().size());
    }

    @Test
    void aLanguageLanguageToolDoesNotCheckIsNamedAsBefore() {
        assertEquals(Optional.of("no grammar check for language hy"), LanguageToolModules.problem("hy"));
        assertEquals("org.languagetool:language-de", LanguageToolModules.artifact("de"));
    }

    /** LanguageTool's remote-rule machinery is excluded in pom.xml; a local check needs none of it. */
    @Test
    void theRemoteRuleStackIsNotOnTheClassPath() {
        for (String name : List.of("io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder",
                "io.grpc.internal.ManagedChannelImplBuilder", "com.google.protobuf.Message",
                "io.micrometer.core.instrument.MeterRegistry", "io.prometheus.client.Collector",
                "io.github.resilience4j.circuitbreaker.CircuitBreaker", "io.vavr.control.Try",
                "io.opentelemetry.semconv.SemanticAttributes")) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName(name, false, getClass().getClassLoader()), name);
        }
    }

    @Tag("slow")
    @Test
    void grammarStillFindsErrorsInThreeLanguagesWithoutTheRemoteStack() {
        for (String[] c : List.of(new String[] {"en", "Later we recieve many letters from the city."},
                new String[] {"de", "Der Minister hat gestern das Gesetz unterschrieben unterschrieben."},
                new String[] {"fr", "Le ministre a signé la loi hier hier soir."})) {
            ArticleText a = article(c[0], c[1]);
            List<Sentence> s = allSentences(a);
            GrammarReport r = CHECKER.check(a, s, GrammarMode.REPORT, Set.of(), false).report();
            assertTrue(r.checked(), c[0]);
            assertTrue(!r.issues().isEmpty(), c[0] + ": " + r.issues());
        }
    }
}
