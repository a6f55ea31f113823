package org.strikewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.strikewatch.model.Weapon;

/**
 * The words a generated report is made of, per language: weapons, actors, officials, date forms,
 * casualty sentences and distractor sentences that mention no strike.
 */
interface Phrasebook {

  /** Weapon phrases by weapon type. */
  Map<Weapon, List<String>> weapons();

  /** How the force of the given country ("RU" or "UA") is named. */
  List<String> actor(String country);

  /** Who the report quotes. */
  List<String> officials();

  /** A date phrase for an exact day. */
  String exactDate(LocalDate day);

  /** "yesterday". */
  String yesterday();

  /** A phrase for the most recent given weekday before publication. */
  String weekday(DayOfWeek day);

  /** The strike sentence. */
  String strike(String actor, String place, String date, String weapon, String official);

  /** A casualty sentence; null counts are not mentioned. */
  String casualties(int killed, int injured);

  /** "No casualties". */
  String noCasualties();

  /** Sentences that report no strike. */
  List<String> distractors();

  /** A headline-like opening line. */
  String headline(String place);
}
