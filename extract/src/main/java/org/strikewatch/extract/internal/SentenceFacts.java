package org.strikewatch.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.text.TextSpan;

/** What one sentence says, as read by {@link SentenceReader}. Mutable while being read. */
public final class SentenceFacts {

  /** The sentence. */
  public final TextSpan span;

  /** Its tokens. */
  public final List<Token> tokens;

  /** Lexicon matches over the tokens. */
  public final List<Lexicon.Match> matches;

  /** Numbers over the tokens. */
  public final List<NumberPhrase> numbers;

  public boolean strike;
  public boolean attack;
  public boolean intercept;
  public boolean impact;
  public boolean background;
  public boolean repeated;
  public boolean offensive;
  public boolean visit;
  public Facts.@Nullable CountFact count;
  public final List<Facts.WeaponFact> weapons = new ArrayList<>();
  public final List<Facts.CasualtyFact> casualties = new ArrayList<>();
  public final List<Facts.ActorFact> actors = new ArrayList<>();
  public final List<Facts.AttributionFact> attributions = new ArrayList<>();
  public final List<Facts.DistanceFact> distances = new ArrayList<>();
  public final List<Facts.CueFact> cues = new ArrayList<>();

  /** Offsets of words that make a place mention something other than an impact point. */
  public final List<int[]> placeBlockers = new ArrayList<>();

  /** Offsets of role words (governor, ОВА) that make an adjacent place an authority's name. */
  public final List<int[]> roles = new ArrayList<>();

  /** Offsets of region words ("region", "область") right after a place. */
  public final List<int[]> regionWords = new ArrayList<>();

  /** Offsets of "occupied" words and the side they name, if any. */
  public final List<Facts.ActorFact> occupied = new ArrayList<>();

  private final Lexicon.@Nullable Match[] matchByToken;
  private final boolean[] numberByToken;

  SentenceFacts(
      TextSpan span, List<Token> tokens, List<Lexicon.Match> matches, List<NumberPhrase> numbers) {
    this.span = span;
    this.tokens = tokens;
    this.matches = matches;
    this.numbers = numbers;
    this.matchByToken = new Lexicon.Match[tokens.size()];
    for (Lexicon.Match m : matches) {
      for (int i = m.first(); i < m.last(); i++) {
        matchByToken[i] = m;
      }
    }
    this.numberByToken = new boolean[tokens.size()];
    for (NumberPhrase p : numbers) {
      for (int i = p.first(); i < p.last(); i++) {
        numberByToken[i] = true;
      }
    }
  }

  /** The lexicon match covering token {@code i}, or null. */
  public Lexicon.@Nullable Match matchAt(int i) {
    return matchByToken[i];
  }

  /** True when token {@code i} is part of a number. */
  public boolean numberAt(int i) {
    return numberByToken[i];
  }

  /** True when a casualty figure above zero was stated. */
  public boolean hasHarm() {
    for (Facts.CasualtyFact c : casualties) {
      Integer b = c.estimate().best();
      Integer l = c.estimate().low();
      if ((b != null && b > 0) || (l != null && l > 0)) {
        if (!c.field().equals("evacuated")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when any non-weak weapon was named. */
  public boolean hasNamedWeapon() {
    for (Facts.WeaponFact w : weapons) {
      if (!w.weak()) {
        return true;
      }
    }
    return false;
  }
}
