package io.computility.server.identity.tenancy;

import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import org.springframework.modulith.NamedInterface;

/**
 * A submission would take its tenant or one of its organisations past a quota: 409 naming {@code
 * quota.<resource>}, reason QUOTA_EXCEEDED with the resource and the limit. Nothing of the
 * submission is stored.
 */
@NamedInterface("tenancy")
public class QuotaExceededException extends ConflictException {
  public QuotaExceededException(String resource, String message) {
    this(resource, null, message);
  }

  public QuotaExceededException(String resource, Long limit, String message) {
    super(
        "quota." + resource,
        message,
        ErrorReason.QUOTA_EXCEEDED,
        ErrorDetail.params("resource", resource, "limit", limit));
  }
}
