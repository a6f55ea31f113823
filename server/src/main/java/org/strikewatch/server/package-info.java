/**
 * The Strikewatch HTTP server: the REST API under {@code /api} (incidents, stats, trends, claims,
 * reports, exports, OpenAPI and Swagger UI) and the web map's static files at {@code /}.
 */
@NullMarked
package org.strikewatch.server;

import org.jspecify.annotations.NullMarked;
