package dev.briefly.grammar;

import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that LanguageTool reports and fixes a known error in French. */
@Tag("slow")
class FrenchGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "fr";
    }

    @Override
    String sentence() {
        return "Nous avons probablemment mangé trop de pommes hier soir avec nos amis et nos voisins.";
    }

    @Override
    String wrong() {
        return "probablemment";
    }

    @Override
    String corrected() {
        return "Nous avons probablement mangé trop de pommes hier soir avec nos amis et nos voisins.";
    }

    @Test
    void reportsSontSonOnLeChatSontNoir() throws Exception {
        ArticleText a = article("fr", "Le chat sont noir.");
        GrammarReport r = CHECKER.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertTrue(r.issues().stream().anyMatch(i -> i.rule().equals("SONT_SON")), r.issues()::toString);
        List<List<String>> both = checkerAndLanguageTool("fr", "fr", "Le chat sont noir.");
        assertEquals(both.get(1), both.get(0));
    }
}
