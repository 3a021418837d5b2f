package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagsetTest {

    @Test
    void readsEachDictionarysNameTags() {
        Tagset.Readings german = new Tagset.Readings();
        Tagset.of("de").read("EIG:NOM:SIN:MAS:VOR", true, german);
        assertTrue(german.firstName);
        assertEquals(ActorType.PERSON, german.type);
        Tagset.Readings dutch = new Tagset.Readings();
        Tagset.of("nl").read("ENM:PER:NIX", true, dutch);
        assertFalse(dutch.proper, "NIX readings are noise");
        Tagset.Readings spanish = new Tagset.Readings();
        Tagset.of("es").read("NPFSG00", true, spanish);
        assertEquals(ActorType.LOCATION, spanish.type);
        Tagset.Readings polish = new Tagset.Readings();
        Tagset.of("pl").read("subst:sg:nom:m1", true, polish);
        assertTrue(polish.common && !polish.proper);
    }
}
