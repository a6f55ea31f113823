package org.strikewatch.server.internal;

import org.jspecify.annotations.Nullable;

/**
 * An error answer: HTTP status, a stable machine code ({@code error}), a human sentence ({@code
 * detail}) and the offending parameter or field, if any.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String error;
  private final @Nullable String field;

  public ApiError(int status, String error, String detail, @Nullable String field) {
    super(detail);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public String detail() {
    return getMessage();
  }

  public @Nullable String field() {
    return field;
  }

  static ApiError badRequest(String error, String detail, @Nullable String field) {
    return new ApiError(400, error, detail, field);
  }
}
