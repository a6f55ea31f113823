package org.strikewatch.text;

/** Decides the language of a report. Pure, thread-safe. */
public interface LanguageDetector {

  /** The detected language of {@code text}, with its share of evidence. */
  DetectedLanguage detect(String text);
}
