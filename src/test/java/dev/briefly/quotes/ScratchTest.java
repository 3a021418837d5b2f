package dev.briefly.quotes;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
class ScratchTest {
  @Test void dump() throws Exception {
    String f = System.getProperty("scratch.file", "seeds/000_09586750ae67223c.txt");
    String t = Files.readString(Path.of(f));
    for (Quote q : new RuleQuoteFinder().find(t, System.getProperty("scratch.lang","en")))
      System.out.println((q.fragment()?"F ":"Q ")+q.speaker()+" | "+q.cue()+" | "+q.text());
  }
}
