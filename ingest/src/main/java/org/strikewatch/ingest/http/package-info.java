/**
 * Polite HTTP fetching for sources: timeouts, retries with backoff on server errors and timeouts, a
 * User-Agent that names the project, and a minimum interval between requests to one host.
 */
@NullMarked
package org.strikewatch.ingest.http;

import org.jspecify.annotations.NullMarked;
