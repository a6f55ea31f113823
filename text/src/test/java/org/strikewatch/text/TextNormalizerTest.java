package org.strikewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void replaces_cyrillic_lookalike_inside_latin_word_and_warns() {
    NormalizedText t = TextNormalizer.normalize("Shelling in Kh\u0430rkiv today");
    assertThat(t.normalized()).isEqualTo("Shelling in Kharkiv today");
    assertThat(t.warnings())
        .containsExactly(
            "Cyrillic look-alike letters inside Latin word \"Kh\u0430rkiv\" at offset 12 read as"
                + " \"Kharkiv\"");
  }

  @Test
  void replaces_latin_lookalike_inside_cyrillic_word() {
    NormalizedText t = TextNormalizer.normalize("Обстрел Xарькова");
    assertThat(t.normalized()).isEqualTo("Обстрел Харькова");
    assertThat(t.warnings()).hasSize(1);
  }

  @Test
  void unifies_apostrophes_quotes_and_keeps_length() {
    String in = "п\u2019ятеро «Град» — 3\u00A0000";
    NormalizedText t = TextNormalizer.normalize(in);
    assertThat(t.normalized()).isEqualTo("п'ятеро \"Град\" \u2014 3 000");
    assertThat(t.folded()).isEqualTo("п'ятеро \"град\" \u2014 3 000");
    assertThat(t.normalized()).hasSameSizeAs(in);
  }

  @Test
  void folds_yo_to_ye() {
    assertThat(TextNormalizer.normalize("Самолёт").folded()).isEqualTo("самолет");
  }

  @Test
  void leaves_clean_text_alone_without_warnings() {
    NormalizedText t = TextNormalizer.normalize("A drone hit Kharkiv.");
    assertThat(t.normalized()).isEqualTo("A drone hit Kharkiv.");
    assertThat(t.warnings()).isEmpty();
  }
}
