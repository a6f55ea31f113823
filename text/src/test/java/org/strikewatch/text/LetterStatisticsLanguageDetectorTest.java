package org.strikewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterStatisticsLanguageDetectorTest {

  private final LanguageDetector detector = new LetterStatisticsLanguageDetector();

  @Test
  void detects_english() {
    assertThat(detector.detect("A drone hit a house in Belgorod, the governor said.").code())
        .isEqualTo("en");
  }

  @Test
  void detects_russian_by_its_letters_and_words() {
    DetectedLanguage d =
        detector.detect(
            "В результате обстрела Шебекино ранены двое мирных жителей, сообщил губернатор.");
    assertThat(d.code()).isEqualTo("ru");
    assertThat(d.mixed()).isFalse();
  }

  @Test
  void detects_ukrainian_by_its_letters_and_words() {
    assertThat(
            detector
                .detect(
                    "Внаслідок обстрілу Вовчанська загинули двоє людей, повідомив начальник ОВА.")
                .code())
        .isEqualTo("uk");
  }

  @Test
  void tells_short_ukrainian_from_russian() {
    assertThat(detector.detect("Вибухи у Харкові").code()).isEqualTo("uk");
    assertThat(detector.detect("Взрывы в Белгороде, есть пострадавшие").code()).isEqualTo("ru");
  }

  @Test
  void marks_mixed_posts() {
    DetectedLanguage d =
        detector.detect(
            "Breaking: drone attack on Belgorod. Губернатор сообщил о пострадавших в городе.");
    assertThat(d.mixed()).isTrue();
    assertThat(d.warnings()).anyMatch(w -> w.startsWith("mixed-language text"));
  }

  @Test
  void warns_on_transliterated_russian() {
    DetectedLanguage d =
        detector.detect(
            "V rezultate obstrela v Belgorode ranen odin chelovek, soobshchil gubernator i"
                + " eto ne vse po dannym");
    assertThat(d.code()).isEqualTo("en");
    assertThat(d.warnings()).anyMatch(w -> w.contains("transliterated"));
  }

  @Test
  void says_undetermined_without_letters() {
    assertThat(detector.detect("12345 !!!").code()).isEqualTo("und");
  }

  private static final String[] PIECES = {
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "'",
    "\u2019",
    "`",
    "-",
    "7",
    "the",
    "The",
    "and",
    "said",
    "was",
    "v",
    "na",
    "chto",
    "shcho",
    "oblasti",
    "drone",
    "Kharkiv",
    "і",
    "й",
    "що",
    "та",
    "від",
    "її",
    "області",
    "повідомив",
    "п'ять",
    "м\u2019ясо",
    "и",
    "что",
    "это",
    "году",
    "сообщил",
    "был",
    "Белгород",
    "Харків",
    "ы",
    "э",
    "ё",
    "ъ",
    "ї",
    "є",
    "ґ",
    "Ї",
    "É",
    "ß",
    "x",
    "ОБЛАСТІ",
    "THE",
    "supercalifragilisticexpialidocious",
    "ЧТОЧТОЧТОЧТОЧТОЧТО",
    "ԱԲ",
    "\uD835\uDC00"
  };

  @Test
  void agrees_with_the_reference_detector_on_generated_texts() {
    LanguageDetector reference = new ReferenceLanguageDetector();
    Random random = new Random(8L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      assertThat(detector.detect(text)).as("text %s", text).isEqualTo(reference.detect(text));
    }
  }
}
