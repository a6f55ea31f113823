/** Language detection, normalisation and tokens for English, Russian and Ukrainian text. */
@NullMarked
package org.strikewatch.text;

import org.jspecify.annotations.NullMarked;
