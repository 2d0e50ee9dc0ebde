package io.computility.sim.run;

/** A simulation request with a bad field; {@link #field()} names it. */
public final class InvalidSimulationException extends IllegalArgumentException {

  private final String field;

  public InvalidSimulationException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
