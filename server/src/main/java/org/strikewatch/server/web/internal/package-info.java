/** Implementation of the web map: the base-layer outline compiler and its helpers. */
@NullMarked
package org.strikewatch.server.web.internal;

import org.jspecify.annotations.NullMarked;
