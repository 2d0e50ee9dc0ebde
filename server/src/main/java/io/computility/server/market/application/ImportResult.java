package io.computility.server.market.application;

import java.util.List;

/**
 * What an import did: every row imported, or none when any row has an error.
 *
 * @param imported applications created
 * @param errors the errors, row by row (row 2 is the first below the header)
 */
public record ImportResult(int imported, List<RowError> errors) {

  /** One error: the sheet's row number, the column and what is wrong. */
  public record RowError(int row, String field, String message) {}
}
