package io.computility.server.identity.tenancy;

import io.computility.server.shared.web.ConflictException;
import org.springframework.modulith.NamedInterface;

/**
 * A submission would take its tenant or one of its organisations past a quota: 409 naming {@code
 * quota.<resource>}. Nothing of the submission is stored.
 */
@NamedInterface("tenancy")
public class QuotaExceededException extends ConflictException {
  public QuotaExceededException(String resource, String message) {
    super("quota." + resource, message);
  }
}
