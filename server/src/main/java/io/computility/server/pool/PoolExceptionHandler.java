package io.computility.server.pool;

import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request the pool can never run answers 422 and names why; nothing is stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PoolExceptionHandler {

  @ExceptionHandler(PoolRejectedException.class)
  ResponseEntity<Envelope<Void>> rejected(PoolRejectedException e) {
    return ResponseEntity.status(422)
        .body(
            Envelope.error(
                422,
                "REJECTED",
                ErrorCodes.fieldMessage(e.field(), e.getMessage()),
                e.detail(422)));
  }
}
