package org.strikewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.strikewatch.model.Weapon;

final class UkrainianPhrases implements Phrasebook {

  private static final String[] MONTHS = {
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня"
  };
  private static final String[] WEEKDAYS = {
    "у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю", "у суботу", "у неділю"
  };

  @Override
  public Map<Weapon, List<String>> weapons() {
    return Map.of(
        Weapon.AERIAL_BOMB, List.of("ФАБ-500", "авіабомби"),
        Weapon.GUIDED_BOMB, List.of("керовані авіабомби", "КАБ"),
        Weapon.MISSILE, List.of("ракету «Іскандер»", "крилаті ракети Х-101", "ракети С-300"),
        Weapon.ROCKET, List.of("РСЗВ «Град»", "РСЗВ «Ураган»"),
        Weapon.ARTILLERY, List.of("артилерію", "ствольну артилерію"),
        Weapon.MORTAR, List.of("міномети"),
        Weapon.DRONE, List.of("дрони-камікадзе", "БпЛА «Шахед»", "FPV-дрони"));
  }

  @Override
  public List<String> actor(String country) {
    return country.equals("RU")
        ? List.of("російські війська", "окупанти")
        : List.of("ЗСУ", "українські військові");
  }

  @Override
  public List<String> officials() {
    return List.of(
        "повідомив начальник ОВА",
        "повідомили в обласній військовій адміністрації",
        "повідомила місцева влада");
  }

  @Override
  public String exactDate(LocalDate day) {
    return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1];
  }

  @Override
  public String yesterday() {
    return "вчора";
  }

  @Override
  public String weekday(DayOfWeek day) {
    return WEEKDAYS[day.getValue() - 1];
  }

  @Override
  public String strike(String actor, String place, String date, String weapon, String official) {
    return cap(date)
        + " "
        + actor
        + " завдали удару по місту "
        + place
        + ", застосувавши "
        + weapon
        + ", "
        + official
        + ".";
  }

  @Override
  public String casualties(int killed, int injured) {
    return (killed == 1 ? "Загинула 1 людина" : "Загинули " + killed + " " + people(killed))
        + ", поранено "
        + injured
        + " "
        + people(injured)
        + ".";
  }

  private static String people(int n) {
    int mod10 = n % 10;
    int mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11) {
      return "людину";
    }
    return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "людини" : "людей";
  }

  @Override
  public String noCasualties() {
    return "Обійшлося без постраждалих.";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public List<String> distractors() {
    return List.of(
        "Переговори щодо експорту зерна можуть відновитися наступного місяця.",
        "Нацбанк зберіг облікову ставку без змін.",
        "Волонтери продовжують збирати теплі речі та генератори.",
        "Мешканців закликали не ігнорувати сигнали повітряної тривоги.",
        "Енергетики попередили про планові відключення світла.",
        "У пресслужбі від коментарів відмовилися.",
        "Навчання у школах громади переведено в дистанційний формат.",
        "Аналітики очікують посилення боїв із покращенням погоди.");
  }

  @Override
  public String headline(String place) {
    return "Обстріл: місто " + place;
  }
}
