package org.strikewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void splits_on_full_stops_before_capitals() {
    assertThat(sentences("A drone hit Belgorod. Two people were injured. No one died."))
        .containsExactly("A drone hit Belgorod.", "Two people were injured.", "No one died.");
  }

  @Test
  void keeps_abbreviations_and_initials_inside_sentences() {
    assertThat(sentences("Губернатор В. Гладков сообщил, что в г. Шебекино ранены двое."))
        .hasSize(1);
    assertThat(sentences("The U.S. Secretary met Gen. Smith. Then he left."))
        .containsExactly("The U.S. Secretary met Gen. Smith.", "Then he left.");
  }

  @Test
  void numbers_paragraphs_by_blank_lines_and_splits_lines() {
    String text = "Title line\nFirst sentence. Second one.\n\nNext paragraph.";
    List<TextSpan> spans = SentenceSplitter.split(text);
    assertThat(spans).extracting(TextSpan::paragraph).containsExactly(0, 0, 0, 1);
    assertThat(sentences(text))
        .containsExactly("Title line", "First sentence.", "Second one.", "Next paragraph.");
  }

  @Test
  void does_not_split_decimal_numbers() {
    assertThat(sentences("Около 1.6 тыс. человек эвакуированы.")).hasSize(1);
  }

  @Test
  void random_text_gives_valid_spans() {
    Random r = new Random(42);
    String alphabet = "ab .!?\n\"«»Ж1 ";
    for (int k = 0; k < 500; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(200);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int last = 0;
      for (TextSpan s : SentenceSplitter.split(text)) {
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        last = s.end();
      }
    }
  }
}
