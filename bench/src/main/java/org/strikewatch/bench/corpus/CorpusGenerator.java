package org.strikewatch.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.strikewatch.model.Weapon;

/**
 * Generates realistic reports with their ground truth, deterministically from a seed: the same seed
 * and options give the same reports in the same order. Not thread-safe; use one per thread.
 */
public final class CorpusGenerator {

  private static final List<Weapon> WEAPONS =
      List.of(
          Weapon.AERIAL_BOMB,
          Weapon.GUIDED_BOMB,
          Weapon.MISSILE,
          Weapon.ROCKET,
          Weapon.ARTILLERY,
          Weapon.MORTAR,
          Weapon.DRONE);
  private static final Map<String, Phrasebook> BOOKS =
      Map.of("en", new EnglishPhrases(), "ru", new RussianPhrases(), "uk", new UkrainianPhrases());
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 3 * 365;
  private static final String[] SOURCES = {"Astra", "Reuters", "Ukrinform", "Suspilne", "RIA"};

  private final Random random;
  private final List<GenPlace> places;
  private final CorpusOptions options;
  private long counter;

  /** A generator over the given places. */
  public CorpusGenerator(long seed, List<GenPlace> places, CorpusOptions options) {
    if (places.isEmpty()) {
      throw new IllegalArgumentException("the generator needs at least one place");
    }
    this.random = new Random(seed);
    this.places = List.copyOf(places);
    this.options = options;
  }

  /** A generator over the built-in list of real places near the front and the border. */
  public static CorpusGenerator withBuiltInPlaces(long seed, CorpusOptions options) {
    return new CorpusGenerator(seed, builtInPlaces(), options);
  }

  /** The built-in places: cities and towns of Ukraine and the bordering Russian regions. */
  public static List<GenPlace> builtInPlaces() {
    List<GenPlace> out = new ArrayList<>();
    try (InputStream in =
        CorpusGenerator.class.getResourceAsStream("/org/strikewatch/bench/places.tsv")) {
      if (in == null) {
        throw new IllegalStateException("places.tsv is missing from the bench jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        out.add(
            new GenPlace(
                f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The next report. */
  public GeneratedReport next() {
    long n = counter++;
    String lang = pickLanguage();
    Phrasebook book = BOOKS.get(lang);
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    int target = options.minChars() + random.nextInt(options.maxChars() - options.minChars() + 1);

    List<TruthIncident> truth = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    int strikes = target < 600 ? 1 : 1 + random.nextInt(Math.min(4, 1 + target / 1500));
    List<GenPlace> used = new ArrayList<>();
    for (int s = 0; s < strikes; s++) {
      GenPlace place = pickPlace(used);
      used.add(place);
      paragraphs.add(strikeParagraph(book, lang, place, published, truth));
    }
    if (random.nextBoolean()) {
      paragraphs.add(0, book.headline(used.get(0).name(lang)));
    }
    int length = paragraphs.stream().mapToInt(p -> p.length() + 2).sum();
    List<String> distractors = book.distractors();
    while (length < options.minChars() || length < target) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int k = 0; k < sentences; k++) {
        if (k > 0) {
          p.append(' ');
        }
        p.append(distractors.get(random.nextInt(distractors.size())));
      }
      if (length + p.length() + 2 > options.maxChars() && length >= options.minChars()) {
        break;
      }
      paragraphs.add(1 + random.nextInt(paragraphs.size()), p.toString());
      length += p.length() + 2;
    }
    String source = SOURCES[random.nextInt(SOURCES.length)];
    return new GeneratedReport(
        "gen-" + n,
        lang,
        published,
        source,
        "https://example.org/" + source.toLowerCase(java.util.Locale.ROOT) + "/" + n,
        String.join("\n\n", paragraphs),
        truth);
  }

  private String strikeParagraph(
      Phrasebook book, String lang, GenPlace place, LocalDate published, List<TruthIncident> out) {
    int back = 1 + random.nextInt(6);
    LocalDate day = published.minusDays(back);
    String date;
    int form = random.nextInt(3);
    if (form == 0) {
      date = book.exactDate(day);
    } else if (form == 1) {
      day = published.minusDays(1);
      date = book.yesterday();
    } else {
      DayOfWeek dow = day.getDayOfWeek();
      date = book.weekday(dow);
    }
    Weapon weapon = WEAPONS.get(random.nextInt(WEAPONS.size()));
    List<String> weaponWords = book.weapons().get(weapon);
    String firer = place.country().equals("RU") ? "UA" : "RU";
    List<String> actors = book.actor(firer);
    List<String> officials = book.officials();
    StringBuilder p = new StringBuilder();
    p.append(
        book.strike(
            actors.get(random.nextInt(actors.size())),
            place.name(lang),
            date,
            weaponWords.get(random.nextInt(weaponWords.size())),
            officials.get(random.nextInt(officials.size()))));
    Integer killed = null;
    Integer injured = null;
    int cas = random.nextInt(3);
    if (cas == 0) {
      killed = random.nextInt(4) + 1;
      injured = random.nextInt(12);
      p.append(' ').append(book.casualties(killed, injured));
    } else if (cas == 1) {
      killed = 0;
      injured = 0;
      p.append(' ').append(book.noCasualties());
    }
    out.add(
        new TruthIncident(
            place.en(),
            place.lat(),
            place.lon(),
            day,
            day,
            List.of(weapon),
            killed,
            injured,
            firer));
    return p.toString();
  }

  private GenPlace pickPlace(List<GenPlace> used) {
    for (int tries = 0; tries < 10; tries++) {
      GenPlace p = places.get(random.nextInt(places.size()));
      if (!used.contains(p)) {
        return p;
      }
    }
    return places.get(random.nextInt(places.size()));
  }

  private String pickLanguage() {
    double x = random.nextDouble();
    if (x < options.russianShare()) {
      return "ru";
    }
    if (x < options.russianShare() + options.ukrainianShare()) {
      return "uk";
    }
    return "en";
  }
}
