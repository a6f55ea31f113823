/** The JSON form of extraction results, exactly as {@code contracts/extract-json.md} defines it. */
@NullMarked
package org.strikewatch.model.json;

import org.jspecify.annotations.NullMarked;
