/**
 * The machinery of rule-based extraction: tokens, the phrase lexicon, number reading and the
 * finders for weapons, casualties, distances, actors, attribution and claims.
 */
@NullMarked
package org.strikewatch.extract.internal;

import org.jspecify.annotations.NullMarked;
