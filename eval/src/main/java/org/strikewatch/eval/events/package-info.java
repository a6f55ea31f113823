/**
 * Event-type evaluation on CASE 2021 Task 2 snippets: the extractor's incidents, mapped to ACLED
 * sub-event types through their weapons, against the gold strike classes (air strike; shelling,
 * artillery or missile attack) and everything else.
 */
@NullMarked
package org.strikewatch.eval.events;

import org.jspecify.annotations.NullMarked;
