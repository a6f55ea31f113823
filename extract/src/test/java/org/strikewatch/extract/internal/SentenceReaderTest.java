package org.strikewatch.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Weapon;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.text.TextNormalizer;
import org.strikewatch.text.TextSpan;

class SentenceReaderTest {

  private static final SentenceReader READER = new SentenceReader(Lexicon.builtIn());

  static SentenceFacts read(String text, String lang) {
    NormalizedText nt = TextNormalizer.normalize(text);
    return READER.read(nt, new TextSpan(0, text.length(), 0), lang);
  }

  private static String est(Estimate e) {
    return e.low() + "/" + e.best() + "/" + e.high();
  }

  private static String casualty(String text, String lang, String field) {
    SentenceFacts f = read(text, lang);
    return f.casualties.stream()
        .filter(c -> c.field().equals(field))
        .map(c -> est(c.estimate()))
        .findFirst()
        .orElse("none");
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "At least one civilian was killed and five others injured.|en|killed|1/1/null",
        "At least one civilian was killed and five others injured.|en|injured|5/5/5",
        "Roughly 3,000 people were evacuated.|en|evacuated|null/3000/null",
        "The evacuation of some residents began.|en|evacuated|1/null/null",
        "There were reportedly no casualties.|en|killed|0/0/0",
        "There were reportedly no casualties.|en|injured|0/0/0",
        "A missile hit a five-storey building, killing three people, including a child.|en|killed|3/3/3",
        "Dozens of people were wounded.|en|injured|12/12/null",
        "A dozen residents were hospitalised.|en|injured|12/12/12",
        "More than 20 people were injured.|en|injured|20/20/null",
        "A woman was killed in the strike.|en|killed|1/1/1",
        "Twenty-one people were evacuated.|en|evacuated|21/21/21",
        "Погибли пять человек.|ru|killed|5/5/5",
        "Ранены пятеро мирных жителей.|ru|injured|5/5/5",
        "Трое пострадали, в том числе ребенок.|ru|injured|3/3/3",
        "Ранены двое детей.|ru|injured|2/2/2",
        "Погиб мужчина.|ru|killed|1/1/1",
        "Эвакуированы около 3 тысяч жителей.|ru|evacuated|null/3000/null",
        "Эвакуированы 1,6 тыс. человек.|ru|evacuated|1600/1600/1600",
        "Пострадали не менее 21 человека.|ru|injured|21/21/null",
        "Ранены десятки людей.|ru|injured|12/12/null",
        "Жертв нет.|ru|killed|0/0/0",
        "Обошлось без пострадавших.|ru|injured|0/0/0",
        "Госпитализированы двое.|ru|injured|2/2/2",
        "Загинули п'ятеро людей.|uk|killed|5/5/5",
        "Поранені троє мешканців.|uk|injured|3/3/3",
        "Загинула жінка.|uk|killed|1/1/1",
        "Постраждали понад 20 людей.|uk|injured|20/20/null",
        "Відселено понад 200 людей.|uk|evacuated|200/200/null",
        "Евакуйовано близько 3 тисяч мешканців.|uk|evacuated|null/3000/null",
      })
  void reads_casualty_figures(String text, String lang, String field, String expected) {
    assertThat(casualty(text, lang, field)).isEqualTo(expected);
  }

  @Test
  void maps_weapons_to_the_vocabulary_keeping_the_words() {
    SentenceFacts f =
        read(
            "The city came under heavy barrage overnight from artillery, rockets, guided aerial"
                + " bombs, and mortars.",
            "en");
    assertThat(f.weapons)
        .extracting(Facts.WeaponFact::weapon)
        .containsExactly(Weapon.ARTILLERY, Weapon.ROCKET, Weapon.GUIDED_BOMB, Weapon.MORTAR);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FAB-500 dropped|aerial_bomb",
        "a FAB-1500 bomb|aerial_bomb",
        "glide bombs|guided_bomb",
        "KAB strikes|guided_bomb",
        "with UMPK kits|guided_bomb",
        "an Iskander missile|missile",
        "Kh-101 cruise missiles|missile",
        "S-300 missiles|missile",
        "a Tochka-U|missile",
        "Grad rockets|rocket",
        "Uragan|rocket",
        "HIMARS|rocket",
        "Shahed drones|drone",
        "Geran-2|drone",
        "an FPV drone|drone",
        "UAV|drone",
        "cluster munitions|cluster",
        "ФАБ-250|aerial_bomb",
        "ОФАБ-500|aerial_bomb",
        "КАБ|guided_bomb",
        "УМПК|guided_bomb",
        "управляемой авиабомбой|guided_bomb",
        "керованою авіабомбою|guided_bomb",
        "ракетой|missile",
        "«Искандер»|missile",
        "«Точка-У»|missile",
        "С-300|missile",
        "РСЗО|rocket",
        "«Град»|rocket",
        "«Ураган»|rocket",
        "артобстрел|artillery",
        "артилерійський обстріл|artillery",
        "миномёт|mortar",
        "міномет|mortar",
        "дрон|drone",
        "БПЛА|drone",
        "«Шахед»|drone",
        "«Герань»|drone",
        "кассетные боеприпасы|cluster",
        "касетні боєприпаси|cluster",
      })
  void maps_weapon_words(String words, String code) {
    SentenceFacts f = read(words, "en");
    assertThat(f.weapons).extracting(w -> w.weapon().code()).contains(code);
  }

  @Test
  void converts_stated_border_distances_to_kilometres() {
    assertThat(read("It fell roughly 57 miles from the Ukraine border.", "en").distances)
        .extracting(Facts.DistanceFact::km)
        .containsExactly(91.7);
    assertThat(read("Vovchansk, less than 3 miles from the Russian border.", "en").distances)
        .extracting(Facts.DistanceFact::km)
        .containsExactly(4.8);
    assertThat(read("Село в 20 км от границы.", "ru").distances)
        .extracting(Facts.DistanceFact::km)
        .containsExactly(20.0);
  }

  private static List<String> attribution(String text, String lang) {
    return read(text, lang).attributions.stream().map(Facts.AttributionFact::name).toList();
  }

  @Test
  void finds_who_the_report_cites() {
    assertThat(attribution("According to the Russian Telegram channel Astra, a missile hit.", "en"))
        .containsExactly("Astra");
    assertThat(attribution("Bombs fell, according to an Astra Telegram post.", "en"))
        .containsExactly("Astra");
    assertThat(attribution("A drone hit a car, the governor said.", "en"))
        .containsExactly("governor");
    assertThat(attribution("The UK Ministry of Defence said the incidents continued.", "en"))
        .containsExactly("UK Ministry of Defence");
    assertThat(
            attribution("Regional governor Oleh Syniehubov said the city came under fire.", "en"))
        .containsExactly("Regional governor Oleh Syniehubov");
    assertThat(attribution("По данным Astra, ракета упала в городе.", "ru"))
        .containsExactly("Astra");
    assertThat(attribution("Об этом сообщил губернатор Вячеслав Гладков.", "ru"))
        .containsExactly("губернатор Вячеслав Гладков");
    assertThat(attribution("Про це повідомив начальник ОВА.", "uk"))
        .containsExactly("начальник ОВА");
  }

  private static List<String> actors(String text, String lang) {
    return read(text, lang).actors.stream().map(Facts.ActorFact::country).toList();
  }

  @Test
  void finds_who_fired() {
    assertThat(actors("Russian aircraft dropped a bomb.", "en")).containsExactly("RU");
    assertThat(actors("Russia also inadvertently dropped bombs.", "en")).containsExactly("RU");
    assertThat(actors("Ukrainian drones attacked the depot.", "en")).containsExactly("UA");
    assertThat(actors("Russian forces shelled the town.", "en")).containsExactly("RU");
    assertThat(actors("Бомбу сбросил самолёт ВКС России.", "ru")).containsExactly("RU");
    assertThat(actors("ВСУ обстреляли Шебекино.", "ru")).containsExactly("UA");
    assertThat(actors("Ворог обстріляв громаду.", "uk")).containsExactly("RU");
    assertThat(actors("Near the Russian border, officials said.", "en")).isEmpty();
    assertThat(actors("The Russian Telegram channel Astra reported it.", "en")).isEmpty();
  }

  @Test
  void finds_own_territory_cues() {
    assertThat(read("A jet accidentally released a bomb.", "en").cues).hasSize(1);
    assertThat(read("Произошел нештатный сход авиабоеприпаса.", "ru").cues).hasSize(1);
    assertThat(read("Летчик случайно сбросил бомбу.", "ru").cues).hasSize(1);
    assertThat(read("Аварийный сброс боеприпаса.", "ru").cues).hasSize(1);
  }

  @Test
  void reads_count_claims() {
    SentenceFacts f =
        read(
            "Between March and April 2024, Russian missiles and bombs have landed in Russia at"
                + " least 21 times, according to Astra.",
            "en");
    assertThat(f.count).isNotNull();
    assertThat(est(f.count.count())).isEqualTo("21/21/null");
  }

  @Test
  void marks_interceptions_and_background() {
    assertThat(read("Air defences shot down ten drones over the region.", "en").intercept).isTrue();
    assertThat(read("Attacks have become increasingly common in Donetsk.", "en").background)
        .isTrue();
  }
}
