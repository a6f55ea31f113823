package org.strikewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strikewatch.extract.internal.Assembler;
import org.strikewatch.extract.internal.ImpossibleDates;
import org.strikewatch.extract.internal.Lexicon;
import org.strikewatch.extract.internal.SentenceFacts;
import org.strikewatch.extract.internal.SentenceReader;
import org.strikewatch.geo.Geography;
import org.strikewatch.geo.Geoparser;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.Report;
import org.strikewatch.text.DetectedLanguage;
import org.strikewatch.text.LanguageDetector;
import org.strikewatch.text.LetterStatisticsLanguageDetector;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.text.SentenceSplitter;
import org.strikewatch.text.TextNormalizer;
import org.strikewatch.text.TextSpan;
import org.strikewatch.time.AnchorInference;
import org.strikewatch.time.TaggedText;
import org.strikewatch.time.TemporalTagger;
import org.strikewatch.time.TimeMention;

/**
 * Extraction by rules over a phrase lexicon: the text is normalised character for character, split
 * into sentences, read for weapons, strike words, figures, sides and sources; places come from the
 * {@link Geoparser}, dates from the {@link TemporalTagger}, control and border distance from the
 * {@link Geography}; then sentences are assembled into incidents per place and time. Pure and
 * thread-safe.
 */
public final class RuleBasedIncidentExtractor implements IncidentExtractor {

  /** Text beyond this many characters is not read (a warning says so). */
  public static final int MAX_CHARS = 400_000;

  private final LanguageDetector languageDetector;
  private final TemporalTagger temporalTagger;
  private final Geoparser geoparser;
  private final @Nullable Geography geography;
  private final SentenceReader reader;

  private RuleBasedIncidentExtractor(Builder b) {
    if (b.temporalTagger == null) {
      throw new IllegalArgumentException("a temporal tagger is required");
    }
    if (b.geoparser == null) {
      throw new IllegalArgumentException("a geoparser is required");
    }
    this.languageDetector = b.languageDetector;
    this.temporalTagger = b.temporalTagger;
    this.geoparser = b.geoparser;
    this.geography = b.geography;
    this.reader = new SentenceReader(Lexicon.builtIn());
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Extraction extract(Report report) {
    List<String> warnings = new ArrayList<>();
    String full = report.text();
    String text = full;
    if (full.length() > MAX_CHARS) {
      int cut = MAX_CHARS;
      if (Character.isHighSurrogate(full.charAt(cut - 1))) {
        cut--;
      }
      text = full.substring(0, cut);
      warnings.add(
          "report is " + full.length() + " characters long; only the first " + cut + " were read");
    }
    NormalizedText nt = TextNormalizer.normalize(text);
    String language = report.language();
    if (language == null) {
      DetectedLanguage dl = languageDetector.detect(nt.normalized());
      warnings.addAll(dl.warnings());
      language = dl.code().equals("und") ? "en" : dl.code();
    }
    warnings.addAll(nt.warnings());

    LocalDate published = report.published();
    PublishedSource publishedSource = PublishedSource.GIVEN;
    TaggedText tagged = temporalTagger.analyze(nt.normalized(), language, published);
    List<TimeMention> times = tagged.mentions();
    warnings.addAll(tagged.warnings());
    List<int[]> impossible = ImpossibleDates.find(nt.folded());
    if (tagged.warnings().isEmpty()) {
      impossibleDates(nt, impossible, warnings);
    }
    if (published == null) {
      int relative = 0;
      for (TimeMention t : times) {
        if (t.relative()) {
          relative++;
        }
      }
      String unresolved =
          relative > 0 ? "; " + relative + " relative date expression(s) left unresolved" : "";
      Optional<LocalDate> lower = AnchorInference.infer(times);
      if (lower.isPresent()) {
        published = lower.get();
        publishedSource = PublishedSource.INFERRED;
        warnings.add(
            "no publication date given; inferred only that it is on or after "
                + published
                + " (the latest explicit date in the text)"
                + unresolved);
      } else {
        publishedSource = PublishedSource.UNKNOWN;
        warnings.add("no publication date given and none could be inferred" + unresolved);
      }
    }
    times = dropImpossible(times, impossible);
    List<PlaceMention> places = geoparser.parse(nt.normalized(), language);

    List<TextSpan> spans = SentenceSplitter.split(nt.normalized());
    List<SentenceFacts> facts = new ArrayList<>(spans.size());
    for (TextSpan s : spans) {
      facts.add(reader.read(nt, s, language));
    }
    Assembler assembler =
        new Assembler(
            nt,
            facts,
            times,
            places,
            published,
            publishedSource == PublishedSource.GIVEN,
            geography,
            warnings);
    List<Incident> incidents = assembler.incidents();
    return new Extraction(
        language,
        published,
        publishedSource,
        report.source(),
        incidents,
        assembler.claims(),
        dedupe(warnings));
  }

  private static void impossibleDates(
      NormalizedText nt, List<int[]> impossible, List<String> warnings) {
    for (int k = 0; k < impossible.size() && k < 5; k++) {
      int[] b = impossible.get(k);
      warnings.add(
          "impossible date \""
              + nt.original().substring(b[0], b[1])
              + "\" at offset "
              + b[0]
              + " ignored");
    }
  }

  private static List<TimeMention> dropImpossible(List<TimeMention> times, List<int[]> bad) {
    if (bad.isEmpty()) {
      return times;
    }
    List<TimeMention> out = new ArrayList<>();
    for (TimeMention t : times) {
      boolean overlaps = false;
      for (int[] b : bad) {
        overlaps |= b[0] < t.end() && t.start() < b[1];
      }
      if (!overlaps) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> dedupe(List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String w : warnings) {
      if (!out.contains(w)) {
        out.add(w);
      }
      if (out.size() >= 50) {
        out.add("further warnings left out");
        break;
      }
    }
    return out;
  }

  /** Builder for {@link RuleBasedIncidentExtractor}. */
  public static final class Builder {
    private LanguageDetector languageDetector = new LetterStatisticsLanguageDetector();
    private @Nullable TemporalTagger temporalTagger;
    private @Nullable Geoparser geoparser;
    private @Nullable Geography geography;

    private Builder() {}

    /** The language detector (default: {@link LetterStatisticsLanguageDetector}). */
    public Builder languageDetector(LanguageDetector value) {
      this.languageDetector = value;
      return this;
    }

    /** The temporal tagger (required). */
    public Builder temporalTagger(TemporalTagger value) {
      this.temporalTagger = value;
      return this;
    }

    /** The geoparser (required). */
    public Builder geoparser(Geoparser value) {
      this.geoparser = value;
      return this;
    }

    /** The geography for control and border distance (optional). */
    public Builder geography(@Nullable Geography value) {
      this.geography = value;
      return this;
    }

    /** Builds the extractor. */
    public RuleBasedIncidentExtractor build() {
      return new RuleBasedIncidentExtractor(this);
    }
  }

  /** Lower-case ISO code of a language for messages. */
  static String code(String language) {
    return language.toLowerCase(Locale.ROOT);
  }
}
