/**
 * Persistence of reports, extractions, canonical incidents, claims, merge history and the
 * quarantine: SQLite by default, PostgreSQL for teams, one schema migrated by Flyway. Open a store
 * with {@link org.strikewatch.store.Stores#open(String)}.
 */
@NullMarked
package org.strikewatch.store;

import org.jspecify.annotations.NullMarked;
