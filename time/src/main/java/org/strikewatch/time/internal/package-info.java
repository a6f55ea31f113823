/** The rule engine behind the temporal tagger: tokenizer, word lexicon (EN/RU/UK) and grammar. */
@NullMarked
package org.strikewatch.time.internal;

import org.jspecify.annotations.NullMarked;
