package org.strikewatch.extract.internal;

import org.junit.jupiter.api.Test;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.text.SentenceSplitter;
import org.strikewatch.text.TextNormalizer;
import org.strikewatch.text.TextSpan;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SEED_FILE") != null);
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getenv("SEED_FILE")));
    NormalizedText nt = TextNormalizer.normalize(text);
    SentenceReader r = new SentenceReader(Lexicon.builtIn());
    for (TextSpan s : SentenceSplitter.split(nt.normalized())) {
      SentenceFacts f =
          r.read(nt, s, java.util.Objects.requireNonNullElse(System.getenv("SEED_LANG"), "en"));
      System.out.println(
          "SENT p"
              + s.paragraph()
              + " "
              + text.substring(s.start(), Math.min(s.end(), s.start() + 70)).replace('\n', ' '));
      System.out.println(
          "   strike="
              + f.strike
              + " attack="
              + f.attack
              + " int="
              + f.intercept
              + " imp="
              + f.impact
              + " bg="
              + f.background
              + " rep="
              + f.repeated
              + " off="
              + f.offensive
              + " visit="
              + f.visit
              + " count="
              + f.count);
      System.out.println(
          "   W="
              + f.weapons
              + " C="
              + f.casualties
              + " A="
              + f.actors
              + " ATT="
              + f.attributions
              + " D="
              + f.distances
              + " CUE="
              + f.cues);
    }
  }
}
