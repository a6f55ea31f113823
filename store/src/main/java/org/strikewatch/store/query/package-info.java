/**
 * Reading the incident database: filters, paging, statistics, trends with confidence intervals,
 * reconciliation of aggregate claims with held incidents, and exports (CSV, GeoJSON, ACLED CSV).
 */
@NullMarked
package org.strikewatch.store.query;

import org.jspecify.annotations.NullMarked;
