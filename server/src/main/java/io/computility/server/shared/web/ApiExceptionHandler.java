package io.computility.server.shared.web;

import io.computility.core.scheduling.InvalidPolicyException;
import io.computility.server.shared.web.limits.BodyTooLargeException;
import io.computility.server.shared.web.limits.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps every failure to the JC envelope. 4xx answers name the offending field in {@code errorMsg};
 * unexpected errors answer 500 with a generic message and are logged, never echoed.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Envelope<Void>> invalid(InvalidInputException e) {
    return refuse(400, e);
  }

  @ExceptionHandler(InvalidPolicyException.class)
  ResponseEntity<Envelope<Void>> invalidPolicy(InvalidPolicyException e) {
    String message = ErrorCodes.fieldMessage(e.field(), e.getMessage());
    return answer(400, message, Reasons.detail(400, e.field(), message));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Envelope<Void>> notFound(NotFoundException e) {
    return refuse(404, e);
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Envelope<Void>> forbidden(ForbiddenException e) {
    return refuse(403, e);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Envelope<Void>> conflict(ConflictException e) {
    return refuse(409, e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Envelope<Void>> unreadable(HttpMessageNotReadableException e) {
    BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
    if (tooLarge != null) return tooLarge(tooLarge.limit());
    String field = JsonPaths.fieldOf(e.getCause());
    return answer(
        400,
        field + " " + JsonPaths.reasonOf(e.getCause(), field),
        JsonPaths.detailOf(e.getCause(), field));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Envelope<Void>> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = ErrorCodes.kind(e.getRequiredType());
    return answer(
        400,
        e.getName() + " must be " + expected + ", was '" + e.getValue() + "'",
        ErrorDetail.of(ErrorReason.BAD_FORMAT, e.getName(), "expected", expected));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Envelope<Void>> missingParameter(MissingServletRequestParameterException e) {
    return answer(
        400,
        e.getParameterName() + " is required",
        ErrorDetail.of(ErrorReason.REQUIRED, e.getParameterName()));
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<Envelope<Void>> rateLimited(RateLimitedException e) {
    ErrorDetail d =
        ErrorDetail.of(ErrorReason.RATE_LIMITED, null, "retryAfterSeconds", e.retryAfterSeconds());
    return ResponseEntity.status(429)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Envelope.error(429, ErrorCodes.forStatus(429), e.getMessage(), d));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Envelope<Void>> notValid(MethodArgumentNotValidException e) {
    FieldError f = e.getBindingResult().getFieldError();
    if (f == null)
      return answer(400, "body is invalid", ErrorDetail.of(ErrorReason.INVALID, "body"));
    return answer(
        400, ErrorCodes.fieldMessage(f.getField(), f.getDefaultMessage()), Constraints.detailOf(f));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Envelope<Void>> other(Exception e) {
    if (DatabaseBusy.causedBy(e)) return DatabaseBusy.answer(); // ISSUE-12: degrade, not wedge
    // The safety net: a constraint error the validation let through answers 4xx naming the column.
    IntegrityErrors.Answer integrity = IntegrityErrors.of(e);
    if (integrity != null) {
      LOG.warn("input reached a database constraint ({}): {}", integrity.message(), e.toString());
      return answer(integrity.status(), integrity.message(), integrity.detail());
    }
    if (e instanceof ErrorResponse r) {
      int status = r.getStatusCode().value();
      String detail = r.getBody().getDetail();
      HttpStatus known = HttpStatus.resolve(status);
      String reason = known == null ? "request failed" : known.getReasonPhrase();
      return answer(status, detail == null ? reason : detail);
    }
    LOG.error("unexpected error answering an API request", e);
    return answer(500, "internal error; see the server log");
  }

  private static ResponseEntity<Envelope<Void>> refuse(int status, ApiException e) {
    return answer(status, ErrorCodes.fieldMessage(e.field(), e.getMessage()), e.detail(status));
  }

  private static ResponseEntity<Envelope<Void>> tooLarge(long limit) {
    return answer(
        413,
        BodyTooLargeException.message(limit),
        ErrorDetail.of(ErrorReason.PAYLOAD_TOO_LARGE, "body", "max", limit));
  }

  private static ResponseEntity<Envelope<Void>> answer(int status, String message) {
    return answer(status, message, Reasons.detail(status, null, message));
  }

  private static ResponseEntity<Envelope<Void>> answer(
      int status, String message, ErrorDetail detail) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Envelope.error(status, ErrorCodes.forStatus(status), message, detail));
  }
}
