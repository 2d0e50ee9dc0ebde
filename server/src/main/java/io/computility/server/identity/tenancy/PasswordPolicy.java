package io.computility.server.identity.tenancy;

import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Composition and length of new passwords, and their expiry (CMP security). */
public final class PasswordPolicy {
  /** bcrypt reads at most 72 bytes and Spring's encoder refuses more; so does the policy. */
  public static final int MAX_BYTES = 72;

  private final ComputilityProperties.Password settings;

  public PasswordPolicy(ComputilityProperties.Password settings) {
    this.settings = settings;
  }

  /** Throws naming {@code field} when the password breaks the policy. */
  public void check(String password, String field) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException(field, "is required");
    }
    if (password.length() < settings.minLength()) {
      throw new InvalidInputException(
          field, "must be at least " + settings.minLength() + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidInputException(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
    }
    int classes = classes(password);
    if (classes < settings.minClasses()) {
      throw new InvalidInputException(
          field,
          "must mix at least "
              + settings.minClasses()
              + " of lower case, upper case, digits and symbols, has "
              + classes);
    }
  }

  public boolean expired(Instant changedAt, Instant now) {
    return !settings.maxAge().isZero() && changedAt.plus(settings.maxAge()).isBefore(now);
  }

  static int classes(String p) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isLowerCase(c)) lower = true;
      else if (Character.isUpperCase(c)) upper = true;
      else if (Character.isDigit(c)) digit = true;
      else other = true;
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
