package dev.briefly.eval;

import dev.briefly.SharedData;
import dev.briefly.actors.RuleActorFinder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class NerEvalTest {

    @Test
    void readsIob2TagsIntoEntities() {
        List<NerEval.Entity> e = NerEval.entities(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O"));
        assertEquals(List.of(new NerEval.Entity(0, 2, "PER"), new NerEval.Entity(3, 4, "LOC"),
                new NerEval.Entity(4, 5, "LOC"), new NerEval.Entity(5, 6, "ORG")), e);
    }

    @Test
    void scoresASliceOfEnglishConllAboveASaneFloor() throws Exception {
        Path file = SharedData.require("ner/conll2003-en.txt");
        List<NerEval.Doc> docs = NerEval.read(file, 20).subList(0, 30);
        NerEval.Result r = NerEval.run(docs, "en", new RuleActorFinder(), 10);
        assertTrue(NerEval.Result.f1(r.total()) > 0.5, r.report("en"));
        assertTrue(r.docRecall() > 0.8, r.report("en"));
    }
}
