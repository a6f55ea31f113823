/**
 * The monitor mode: a list of feeds and Telegram channels read from {@code sources.yaml}, polled
 * each on its interval, with the point each one was read up to kept in a state file so a restart
 * goes on where it stopped.
 */
@NullMarked
package org.strikewatch.ingest.watch;

import org.jspecify.annotations.NullMarked;
