/**
 * Language detection, character-for-character normalisation and sentence splitting for English,
 * Russian and Ukrainian text; offsets always point into the text as read.
 */
@NullMarked
package org.strikewatch.text;

import org.jspecify.annotations.NullMarked;
