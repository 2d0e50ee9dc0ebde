package io.computility.core.billing;

/**
 * A quote could not be priced because of its input; {@link #field()} is the path of the input at
 * fault (e.g. {@code items[1].quantity}), for the server's 4xx answer.
 */
public final class QuoteException extends IllegalArgumentException {

  private final String field;

  public QuoteException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  QuoteException under(String prefix) {
    return new QuoteException(prefix + "." + field, getMessage().substring(field.length() + 2));
  }
}
