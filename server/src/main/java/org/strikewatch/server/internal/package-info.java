/** Routes, parameter parsing, error mapping and the response cache of the HTTP server. */
@NullMarked
package org.strikewatch.server.internal;

import org.jspecify.annotations.NullMarked;
