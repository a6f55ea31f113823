/** The bundled example reports that {@code strikewatch demo} ingests. */
@NullMarked
package org.strikewatch.cli.demo;

import org.jspecify.annotations.NullMarked;
