package org.strikewatch.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ImpossibleDatesTest {

  /** The regular expression the scanner replaced; it stays here as the reference behaviour. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(3[01]|29|30)\\s+(february|feb|февраля|лютого)(?!\\p{L})"
              + "|(?<![\\p{L}\\d])31\\s+(april|june|september|november|апреля|июня|сентября"
              + "|ноября|квітня|червня|вересня|листопада)(?!\\p{L})"
              + "|(?<!\\p{L})(february|feb)\\s+(3[01]|29|30)(?!\\d)"
              + "|(?<!\\p{L})(april|june|september|november)\\s+31(?!\\d)");

  private static final String[] PIECES = {
    "29",
    "30",
    "31",
    "3",
    "1",
    "0",
    "2",
    "310",
    " ",
    "  ",
    "\t",
    "\n",
    "\u000B",
    "\u00A0",
    "feb",
    "february",
    "februaryx",
    "april",
    "june",
    "junes",
    "september",
    "november",
    "февраля",
    "лютого",
    "апреля",
    "июня",
    "сентября",
    "ноября",
    "квітня",
    "червня",
    "вересня",
    "листопада",
    "may",
    "x",
    "я",
    "é",
    "\uD835\uDC00",
    "\uD83D\uDE00",
    "\uD835",
    "-",
    ".",
    ",",
    "'",
    "7",
    "a",
    "s",
    "n",
    "j"
  };

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> scanned(String text) {
    List<String> out = new ArrayList<>();
    for (int[] b : ImpossibleDates.find(text)) {
      out.add(b[0] + "-" + b[1]);
    }
    return out;
  }

  @Test
  void finds_february_thirtieth_and_june_thirty_first_in_three_languages() {
    String text = "on 30 february, feb 29 and 31 июня; june 31 or 31 лютого but not 30 june";
    assertThat(scanned(text)).containsExactly("3-14", "16-22", "27-34", "36-43", "47-56");
  }

  @Test
  void leaves_glued_days_and_longer_numbers_alone() {
    assertThat(ImpossibleDates.find("x30 february, 130 feb, feb 310, 31 aprils, february30"))
        .isEmpty();
  }

  @Test
  void agrees_with_the_reference_expression_on_generated_texts() {
    Random random = new Random(20261126L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      assertThat(scanned(text)).as("text %s", text).isEqualTo(reference(text));
    }
  }
}
