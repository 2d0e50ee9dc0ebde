package io.computility.server.pool;

import io.computility.server.shared.web.ApiException;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import java.util.Map;

/**
 * The pool cannot ever run a request as asked (quota, unknown model, node or card): 422. Its reason
 * follows the field: {@code quota} is QUOTA_EXCEEDED, {@code group} FORBIDDEN (the tenant is not
 * authorised on the group), anything else REJECTED (no card could ever hold it).
 */
public class PoolRejectedException extends ApiException {

  public PoolRejectedException(String field, String message) {
    super(field, message, reasonOf(field), paramsOf(field));
  }

  private static ErrorReason reasonOf(String field) {
    return switch (field == null ? "" : field) {
      case "quota" -> ErrorReason.QUOTA_EXCEEDED;
      case "group" -> ErrorReason.FORBIDDEN;
      default -> ErrorReason.REJECTED;
    };
  }

  private static Map<String, Object> paramsOf(String field) {
    return "quota".equals(field) ? ErrorDetail.params("resource", "pool") : Map.of();
  }
}
