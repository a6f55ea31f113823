/**
 * Temporal-tagging evaluation the TempEval-3 way: TimeML readers, span/type/value scoring and the
 * runs over TempEval-3 platinum (English) and WikiWarsUA (Ukrainian).
 */
@NullMarked
package org.strikewatch.eval.time;

import org.jspecify.annotations.NullMarked;
