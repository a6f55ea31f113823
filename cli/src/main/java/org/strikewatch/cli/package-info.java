/** The {@code strikewatch} command: picocli subcommands that wire the stages together. */
@NullMarked
package org.strikewatch.cli;

import org.jspecify.annotations.NullMarked;
