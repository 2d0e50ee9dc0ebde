package io.computility.core.scheduling;

/** A policy that cannot be used; {@code field} names the offending input. */
public class InvalidPolicyException extends IllegalArgumentException {
  private final String field;

  public InvalidPolicyException(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
