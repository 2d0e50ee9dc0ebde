package io.computility.server.pool;

/** The pool cannot ever run a request as asked (quota, unknown model, node or card): 422. */
public class PoolRejectedException extends RuntimeException {
  private final String field;

  public PoolRejectedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
