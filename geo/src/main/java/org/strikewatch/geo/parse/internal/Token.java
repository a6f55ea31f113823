package org.strikewatch.geo.parse.internal;

/**
 * A word or a punctuation mark: UTF-16 offsets (end exclusive), whether it is a word, in Cyrillic,
 * starts with a capital, is all capitals, and starts a sentence.
 */
public record Token(
    int start,
    int end,
    String text,
    boolean word,
    boolean cyrillic,
    boolean capitalized,
    boolean allCaps,
    boolean sentenceStart) {}
