package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DescriptionTest {

    @Test
    void readsTheRoleFromTheTitleWithTheNationalityBeforeIt() {
        ArticleState s = after(Description.class, "en", "On Monday the Russian President Vladimir Putin spoke.");
        assertEquals("Russian President", cluster(s, "Vladimir Putin").role);
    }

    @Test
    void readsTheRoleFromAnApposition() {
        ArticleState s = after(Description.class, "en",
                "Maria Lopez, the company's finance chief, said profits rose.");
        assertEquals("the company's finance chief", cluster(s, "Maria Lopez").role);
    }

    @Test
    void stopsAnAppositionAtARelativePronoun() {
        ArticleState s = after(Description.class, "en", "Maria Lopez, who runs the firm, said profits rose.");
        assertNull(cluster(s, "Maria Lopez").role);
    }

    @Test
    void namesAPersonByTheLongestNameUsed() {
        ArticleState s = after(Description.class, "en", "Tillerson arrived.", "Rex Tillerson said little.",
                "Tillerson left.");
        assertEquals("Rex Tillerson", cluster(s, "Tillerson").name);
    }

    @Test
    void givesAPlaceNoRole() {
        ArticleState s = after(Description.class, "en", "Troops left Syria, the war-torn country, on Monday.");
        assertEquals("Syria", cluster(s, "Syria").name);
        assertNull(cluster(s, "Syria").role);
    }
}
