package org.strikewatch.bench.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.strikewatch.model.Weapon;

final class RussianPhrases implements Phrasebook {

  private static final String[] MONTHS = {
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря"
  };
  private static final String[] WEEKDAYS = {
    "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"
  };

  @Override
  public Map<Weapon, List<String>> weapons() {
    return Map.of(
        Weapon.AERIAL_BOMB, List.of("ФАБ-500", "авиабомбы"),
        Weapon.GUIDED_BOMB, List.of("управляемые авиабомбы", "КАБ"),
        Weapon.MISSILE, List.of("ракету «Искандер»", "крылатые ракеты Х-101", "ракеты С-300"),
        Weapon.ROCKET, List.of("РСЗО «Град»", "РСЗО «Ураган»"),
        Weapon.ARTILLERY, List.of("артиллерию", "ствольную артиллерию"),
        Weapon.MORTAR, List.of("миномёты"),
        Weapon.DRONE, List.of("дроны-камикадзе", "БПЛА «Герань»", "FPV-дроны"));
  }

  @Override
  public List<String> actor(String country) {
    return country.equals("RU")
        ? List.of("российские войска", "российские военные")
        : List.of("ВСУ", "украинские военные");
  }

  @Override
  public List<String> officials() {
    return List.of(
        "сообщил губернатор",
        "сообщили в администрации района",
        "по данным Astra",
        "сообщили в Минобороны");
  }

  @Override
  public String exactDate(LocalDate day) {
    return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1];
  }

  @Override
  public String yesterday() {
    return "вчера";
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
        + " нанесли удар по городу "
        + place
        + ", применив "
        + weapon
        + ", "
        + official
        + ".";
  }

  @Override
  public String casualties(int killed, int injured) {
    return (killed == 1 ? "Погиб 1 человек" : "Погибли " + killed + " " + people(killed))
        + ", ранены "
        + injured
        + " "
        + people(injured)
        + ".";
  }

  private static String people(int n) {
    int mod10 = n % 10;
    int mod100 = n % 100;
    return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "человека" : "человек";
  }

  @Override
  public String noCasualties() {
    return "Пострадавших нет.";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public List<String> distractors() {
    return List.of(
        "Переговоры о поставках зерна могут возобновиться в следующем месяце.",
        "Центробанк сохранил ключевую ставку без изменений.",
        "Волонтёры продолжают собирать тёплые вещи и генераторы.",
        "Жителей призвали не игнорировать сигналы воздушной тревоги.",
        "Энергетики предупредили о плановых отключениях света.",
        "В пресс-службе от комментариев отказались.",
        "Занятия в школах района переведены в дистанционный формат.",
        "Аналитики ожидают усиления боёв с улучшением погоды.");
  }

  @Override
  public String headline(String place) {
    return "Обстрел: город " + place;
  }
}
