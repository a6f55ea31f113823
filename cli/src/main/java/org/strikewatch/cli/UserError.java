package org.strikewatch.cli;

/**
 * A mistake in what the user gave us (a missing file, a bad coordinate): printed as one line on
 * stderr, exit code 2, no stack trace.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
