package dev.briefly.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * LanguageTool's remote-rule machinery is excluded in pom.xml; a local check needs none of it, which the
     * per-language *GrammarTest classes show by checking real errors in a dozen languages on this class path.
     */
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
}
