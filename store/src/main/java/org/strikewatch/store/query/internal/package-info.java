/** SQL building, statistics maths and export writers behind {@link org.strikewatch.store.query}. */
@NullMarked
package org.strikewatch.store.query.internal;

import org.jspecify.annotations.NullMarked;
