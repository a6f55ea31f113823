package org.strikewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strikewatch.model.Weapon;

final class EnglishPhrases implements Phrasebook {

  private static final String[] NUMBERS = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  @Override
  public Map<Weapon, List<String>> weapons() {
    return Map.of(
        Weapon.AERIAL_BOMB, List.of("FAB-500 bombs", "aerial bombs", "a FAB-250 bomb"),
        Weapon.GUIDED_BOMB, List.of("guided aerial bombs", "glide bombs", "KAB bombs"),
        Weapon.MISSILE, List.of("an Iskander missile", "Kh-101 cruise missiles", "S-300 missiles"),
        Weapon.ROCKET, List.of("Grad rockets", "Uragan rockets", "multiple rocket launchers"),
        Weapon.ARTILLERY, List.of("artillery", "heavy artillery fire"),
        Weapon.MORTAR, List.of("mortars", "mortar fire"),
        Weapon.DRONE, List.of("Shahed drones", "FPV drones", "attack drones"));
  }

  @Override
  public List<String> actor(String country) {
    return country.equals("RU")
        ? List.of("Russian forces", "Russian troops", "the Russian military")
        : List.of("Ukrainian forces", "Ukrainian troops", "the Ukrainian military");
  }

  @Override
  public List<String> officials() {
    return List.of(
        "the regional governor said",
        "local officials said",
        "the regional military administration said",
        "according to the Defence Ministry",
        "according to Astra");
  }

  @Override
  public String exactDate(LocalDate day) {
    return "on "
        + day.getDayOfMonth()
        + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Override
  public String yesterday() {
    return "yesterday";
  }

  @Override
  public String weekday(DayOfWeek day) {
    return "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Override
  public String strike(String actor, String place, String date, String weapon, String official) {
    return cap(actor) + " struck " + place + " " + date + " with " + weapon + ", " + official + ".";
  }

  @Override
  public String casualties(int killed, int injured) {
    return cap(number(killed))
        + (killed == 1 ? " person was" : " people were")
        + " killed and "
        + number(injured)
        + " injured.";
  }

  @Override
  public String noCasualties() {
    return "There were no casualties.";
  }

  private static String number(int n) {
    return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public List<String> distractors() {
    return List.of(
        "The talks on grain exports are expected to resume next month.",
        "Analysts said the budget debate would dominate the parliamentary session.",
        "The central bank kept its key rate unchanged, citing persistent inflation.",
        "Volunteers continued to collect warm clothing and generators for the winter.",
        "The foreign minister is due to meet his counterparts at a summit in Brussels.",
        "Officials urged residents to heed air-raid alerts and stay in shelters.",
        "Energy companies warned of scheduled power cuts in several regions.",
        "A spokesperson declined to comment on the reports.",
        "Schools in the area have moved lessons online for the rest of the term.",
        "The humanitarian organisation said it had delivered aid to front-line communities.",
        "Military analysts expect fighting to intensify as the weather improves.",
        "Residents described long queues at the few petrol stations still open.");
  }

  @Override
  public String headline(String place) {
    return "Strike reported in " + place;
  }
}
