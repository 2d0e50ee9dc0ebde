package io.computility.server.shared.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters bound to a record answer a value of the wrong type as a single {@code
 * RequestParam} does: "page must be an integer, was 'abc'" (400, through {@link
 * ApiExceptionHandler}'s binding-error answer).
 */
@ControllerAdvice
public class QueryBinding {

  @InitBinder
  void typeMismatchMessages(WebDataBinder binder) {
    binder.setBindingErrorProcessor(new Messages());
  }

  private static final class Messages extends DefaultBindingErrorProcessor {
    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
      if (!(ex instanceof TypeMismatchException mismatch)) {
        super.processPropertyAccessException(ex, result);
        return;
      }
      String field = ex.getPropertyName();
      FieldError error =
          new FieldError(
              result.getObjectName(),
              field,
              ex.getValue(),
              true,
              result.resolveMessageCodes(ex.getErrorCode(), field),
              new Object[0],
              "must be "
                  + ErrorCodes.kind(mismatch.getRequiredType())
                  + ", was '"
                  + ex.getValue()
                  + "'");
      error.wrap(ex);
      result.addError(error);
    }
  }
}
