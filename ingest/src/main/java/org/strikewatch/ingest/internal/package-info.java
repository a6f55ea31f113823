/**
 * The readers behind the sources: format detection, one reader per format (text and Markdown, HTML
 * articles, RSS/Atom, Telegram exports and web previews, JSON Lines), and the folder and URL
 * walkers that feed them. Not API: use {@link org.strikewatch.ingest.Sources}.
 */
@NullMarked
package org.strikewatch.ingest.internal;

import org.jspecify.annotations.NullMarked;
