/** Implementation details of de-duplication: distances, blocking index, union-find. */
@NullMarked
package org.strikewatch.dedupe.internal;

import org.jspecify.annotations.NullMarked;
