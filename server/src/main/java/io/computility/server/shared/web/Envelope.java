package io.computility.server.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JC response envelope (tables A.1-4, A.2-3 …): HTTP status, an error code ("OK" on success),
 * an error message naming the offending field, and the data. An error answer adds {@code error}:
 * the reason, field and parameters as data (docs/api.md); success answers leave it out.
 */
@Schema(description = "JC response envelope")
public record Envelope<T>(
    @Schema(description = "HTTP status code", example = "200") int status,
    @Schema(description = "OK, or an error code such as INVALID_ARGUMENT", example = "OK")
        String code,
    @Schema(description = "empty on success; names the offending field otherwise") String errorMsg,
    T data,
    @Schema(description = "on errors only: the reason, field and parameters as data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ErrorDetail error) {

  public Envelope(int status, String code, String errorMsg, T data) {
    this(status, code, errorMsg, data, null);
  }

  public static final String OK = "OK";

  /** A JC errorMsg is at most 128 characters (table A.1-4). */
  public static final int MAX_ERROR_MSG = 128;

  public static <T> Envelope<T> ok(T data) {
    return new Envelope<>(200, OK, "", data);
  }

  public static <T> Envelope<T> created(T data) {
    return new Envelope<>(201, OK, "", data);
  }

  /** An error whose reason is read from the message's shape or, failing that, the status. */
  public static Envelope<Void> error(int status, String code, String errorMsg) {
    return error(status, code, errorMsg, Reasons.detail(status, null, errorMsg));
  }

  public static Envelope<Void> error(int status, String code, String errorMsg, ErrorDetail error) {
    String msg = errorMsg == null ? "" : errorMsg;
    if (msg.length() > MAX_ERROR_MSG) msg = msg.substring(0, MAX_ERROR_MSG - 1) + "…";
    ErrorDetail e = error == null ? ErrorDetail.of(ErrorReason.forStatus(status), null) : error;
    return new Envelope<>(status, code, msg, null, e);
  }
}
