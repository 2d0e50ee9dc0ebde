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
    return answer(400, ErrorCodes.fieldMessage(e.field(), e.getMessage()));
  }

  @ExceptionHandler(InvalidPolicyException.class)
  ResponseEntity<Envelope<Void>> invalidPolicy(InvalidPolicyException e) {
    return answer(400, ErrorCodes.fieldMessage(e.field(), e.getMessage()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Envelope<Void>> notFound(NotFoundException e) {
    return answer(404, ErrorCodes.fieldMessage(e.field(), e.getMessage()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Envelope<Void>> forbidden(ForbiddenException e) {
    return answer(403, ErrorCodes.fieldMessage(e.field(), e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Envelope<Void>> conflict(ConflictException e) {
    return answer(409, ErrorCodes.fieldMessage(e.field(), e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Envelope<Void>> unreadable(HttpMessageNotReadableException e) {
    BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
    if (tooLarge != null) return answer(413, BodyTooLargeException.message(tooLarge.limit()));
    String field = JsonPaths.fieldOf(e.getCause());
    return answer(400, field + " " + JsonPaths.reasonOf(e.getCause(), field));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Envelope<Void>> typeMismatch(MethodArgumentTypeMismatchException e) {
    return answer(
        400,
        e.getName()
            + " must be "
            + ErrorCodes.kind(e.getRequiredType())
            + ", was '"
            + e.getValue()
            + "'");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Envelope<Void>> missingParameter(MissingServletRequestParameterException e) {
    return answer(400, e.getParameterName() + " is required");
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<Envelope<Void>> rateLimited(RateLimitedException e) {
    return ResponseEntity.status(429)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Envelope.error(429, ErrorCodes.forStatus(429), e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Envelope<Void>> notValid(MethodArgumentNotValidException e) {
    FieldError f = e.getBindingResult().getFieldError();
    if (f == null) return answer(400, "body is invalid");
    return answer(400, ErrorCodes.fieldMessage(f.getField(), f.getDefaultMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Envelope<Void>> other(Exception e) {
    if (DatabaseBusy.causedBy(e)) return DatabaseBusy.answer(); // ISSUE-12: degrade, not wedge
    // The safety net: a constraint error the validation let through answers 4xx naming the column.
    IntegrityErrors.Answer integrity = IntegrityErrors.of(e);
    if (integrity != null) {
      LOG.warn("input reached a database constraint ({}): {}", integrity.message(), e.toString());
      return answer(integrity.status(), integrity.message());
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

  private static ResponseEntity<Envelope<Void>> answer(int status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Envelope.error(status, ErrorCodes.forStatus(status), message));
  }
}
