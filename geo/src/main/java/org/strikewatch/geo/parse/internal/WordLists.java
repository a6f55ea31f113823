package org.strikewatch.geo.parse.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small closed word lists the geoparser's rules use. Keys are lower case. */
public final class WordLists {
  private WordLists() {}

  private static Set<String> of(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.trim().split("\\s+")) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * Capitalised words that are place names somewhere but almost never mean the place in news text:
   * function words, months and days, common nouns, verbs and adjectives, titles.
   */
  public static final Set<String> COMMON =
      of(
          """
      a about above across after again against all along also although always am among an and
      another any are around as at away back be because been before behind being below beside
      best better between beyond both but by can cannot come could dear did do does done down
      during each early east either else even ever every few first for from further get go good
      great had has have having he her here hers him his how however i if in inside into is it its
      just last late least less like little long made make many may me might more most much must
      my near neither never new next no none nor north not now of off often old on once one only
      onto or other our out over own per perhaps please plus quite rather really same says see
      she should since so some south still such than that the their them then there these they
      this those though through thus to today too toward towards under until up upon us very via
      was we well went were west what when where whether which while who whom whose why will with
      within without would yet you your
      january february march april may june july august september october november december
      monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept
      oct nov dec mon tue wed thu fri sat sun
      mine said bombs bomb of is man men woman women police army navy force forces air ground
      news post times daily press report reports media story photo video image images source
      sources update updates live breaking according officials official people person city town
      village state states region district county province area country capital center centre
      street road avenue square park river lake mountain hill bay beach port station airport
      university college school hospital church court house hall office ministry department
      government council parliament congress senate party union company group team club bank
      world national international global local federal central general public private royal
      united republic democratic republican independent liberal conservative labour labor
      president minister secretary governor mayor chief head leader king queen prince princess
      lord sir lady mr mrs ms dr prof sen rep gov gen col maj capt lt sgt judge justice pope saint
      bishop father mother son daughter brother sister family friends home life death war peace
      attack attacks strike strikes missile missiles drone drones rocket rockets shell shelling
      fire fires military troops soldiers civilians residents victims children security defence
      defense intelligence health education police emergency service services energy power
      money business market trade oil gas water food price prices tax taxes law laws rule rules
      day days week weeks month months year years time times morning evening night afternoon
      hour hours minute minutes moment today tonight yesterday tomorrow weekend spring summer
      autumn fall winter christmas easter
      read more click share comment comments sign subscribe follow watch listen contact about
      copyright rights reserved terms privacy policy cookies advertisement advertise sponsored
      here there top bottom left right middle high low big small young major minor full half
      black white red blue green yellow orange brown gold silver grey gray pink purple
      hope faith grace joy love star stars sun moon sky rain snow wind storm sea ocean
      win won lose lost play played games game season final finals cup league match player coach
      after before during while because however meanwhile moreover furthermore therefore
      eagle sale albert charles george james john paul peter mark luke andrew david michael
      """);

  /**
   * Russian and Ukrainian words that are place names somewhere (Мир, Победа, Сила) but in news text
   * are common nouns, months and days; compared by stem, so every case form is covered.
   */
  public static final Set<String> CYR_COMMON_STEMS =
      stems(
          """
      мир победа перемога сила сили війна война слава надежда надія любовь любов вера віра
      свобода воля родина центр заря зоря рассвет світанок восход схід запад захід север південь
      прогресс октябрь май март июль август весна лето осень зима новости новини радио радіо
      январь февраль апрель июнь сентябрь ноябрь декабрь січень лютий березень квітень травень
      червень липень серпень вересень жовтень листопад грудень понедельник вторник среда четверг
      пятница суббота воскресенье понеділок вівторок середа четвер пятниця субота неділя сегодня
      сьогодні вчера вчора завтра утром вечером ночью вночі днем армия армія флот сегодня
      власти влада губернатор глава голова мэр мер президент министр міністр генерал россияне
      росіяни украинцы українці оккупанты окупанти враг ворог противник противник дом дім
      школа больница лікарня завод база порт город город місто село поселок селище район
      область край страна країна государство держава правда звезда зірка дружба труд праця
      """);

  private static Set<String> stems(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.trim().split("\\s+")) {
      out.add(org.strikewatch.geo.gazetteer.Gazetteer.stemKey(w).substring(1));
    }
    return Set.copyOf(out);
  }

  /** Words before a capitalised name that make it a person: titles and ranks. */
  public static final Set<String> TITLES =
      of(
          """
      mr mrs ms miss dr prof president secretary minister governor mayor general gen lt col colonel
      major maj captain capt sergeant sgt senator sen rep representative congressman congresswoman
      gov judge justice pope king queen prince princess sir lord lady bishop father saint st
      chancellor premier spokesman spokeswoman spokesperson commander chief ambassador envoy
      officer director chairman chairwoman ceo founder coach deputy head leader commissioner
      """);

  /**
   * Compass words that are division names somewhere (Israel's Southern District, Zambia's Eastern
   * Province) but before another capitalised word describe it: Southern Baptist, Northern Alliance.
   */
  public static final Set<String> COMPASS =
      of("northern southern eastern western central north south east west");

  /** Words that turn "X &lt;word&gt;" into a first-level division. */
  public static final Set<String> REGION_WORDS =
      of("region oblast province state governorate krai kray territory oblasts regions");

  /** Words that turn "X &lt;word&gt;" into a district or community. */
  public static final Set<String> DISTRICT_WORDS =
      of("district raion rayon community hromada county parish municipality borough");

  /** Lower-case words allowed inside a multi-word name (Rostov-on-Don, Bosnia and Herzegovina). */
  public static final Set<String> CONNECTORS =
      of(
          "of on upon de del della di da do dos das du des la le el al am an der den and y na nad pod");

  /**
   * Cyrillic words (stems) that follow a name to make a division: область, район, громада, край.
   */
  public static final Set<String> CYR_REGION_STEMS = of("област обл край кра");

  public static final Set<String> CYR_DISTRICT_STEMS =
      of("район р-н громад округ міськрад горсовет");

  /** Prepositions before a place: "in X", "near X", "в X", "у X". */
  public static final Set<String> LOCATIVES =
      of(
          """
      in near at from to into outside around across toward towards towns villages village town
      city outskirts via through between
      в во у на під под біля возле около поблизу неподалік від из із з до через
      """);
}
