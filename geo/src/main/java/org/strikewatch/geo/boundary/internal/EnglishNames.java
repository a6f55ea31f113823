package org.strikewatch.geo.boundary.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Conventional English names of first-level divisions. Natural Earth's English names are short
 * ("Kharkiv", "Belgorod") and in places dated ("Odessa"); news writes "Kharkiv Oblast" and
 * "Belgorod Oblast". Ukraine's regions are listed in full; Russian regions of type "Region" get "
 * Oblast"; a few Natural Earth entries are corrected outright.
 */
final class EnglishNames {

  private static final Map<String, String> BY_ISO =
      Map.ofEntries(
          Map.entry("UA-05", "Vinnytsia Oblast"),
          Map.entry("UA-07", "Volyn Oblast"),
          Map.entry("UA-09", "Luhansk Oblast"),
          Map.entry("UA-12", "Dnipropetrovsk Oblast"),
          Map.entry("UA-14", "Donetsk Oblast"),
          Map.entry("UA-18", "Zhytomyr Oblast"),
          Map.entry("UA-21", "Zakarpattia Oblast"),
          Map.entry("UA-23", "Zaporizhzhia Oblast"),
          Map.entry("UA-26", "Ivano-Frankivsk Oblast"),
          Map.entry("UA-30", "Kyiv"),
          Map.entry("UA-32", "Kyiv Oblast"),
          Map.entry("UA-35", "Kirovohrad Oblast"),
          Map.entry("UA-40", "Sevastopol"),
          Map.entry("UA-43", "Autonomous Republic of Crimea"),
          Map.entry("UA-46", "Lviv Oblast"),
          Map.entry("UA-48", "Mykolaiv Oblast"),
          Map.entry("UA-51", "Odesa Oblast"),
          Map.entry("UA-53", "Poltava Oblast"),
          Map.entry("UA-56", "Rivne Oblast"),
          Map.entry("UA-59", "Sumy Oblast"),
          Map.entry("UA-61", "Ternopil Oblast"),
          Map.entry("UA-63", "Kharkiv Oblast"),
          Map.entry("UA-65", "Kherson Oblast"),
          Map.entry("UA-68", "Khmelnytskyi Oblast"),
          Map.entry("UA-71", "Cherkasy Oblast"),
          Map.entry("UA-74", "Chernihiv Oblast"),
          Map.entry("UA-77", "Chernivtsi Oblast"),
          Map.entry("RU-ALT", "Altai Krai"),
          Map.entry("RU-YEV", "Jewish Autonomous Oblast"),
          Map.entry("RU-MOS", "Moscow Oblast"),
          Map.entry("RU-MOW", "Moscow"),
          Map.entry("RU-SPE", "Saint Petersburg"),
          Map.entry("RU-KHM", "Khanty-Mansi Autonomous Okrug"));

  private EnglishNames() {}

  /**
   * Natural Earth swaps Moscow city and Moscow Oblast: its RU-MOW is "Moskovskaya" (the oblast) and
   * its RU-MOS is "Moskva" (the city); ISO 3166-2 has it the other way round.
   */
  static String isoCode(String neIso, @Nullable String neName) {
    if ("RU-MOW".equals(neIso) && "Moskovskaya".equals(neName)) {
      return "RU-MOS";
    }
    if ("RU-MOS".equals(neIso) && "Moskva".equals(neName)) {
      return "RU-MOW";
    }
    return neIso;
  }

  /** The conventional English name, or null when Natural Earth gives no name at all. */
  static @Nullable String of(
      String iso, @Nullable String nameEn, @Nullable String name, @Nullable String typeEn) {
    String fixed = BY_ISO.get(iso);
    if (fixed != null) {
      return fixed;
    }
    String base = nameEn != null && !nameEn.isBlank() ? nameEn : name;
    if (base == null || base.isBlank()) {
      return null;
    }
    if (iso.startsWith("RU-") && "Region".equals(typeEn) && !hasDivisionWord(base)) {
      return base + " Oblast";
    }
    return base;
  }

  private static boolean hasDivisionWord(String s) {
    return s.endsWith(" Oblast") || s.endsWith(" Krai") || s.endsWith(" Okrug");
  }
}
