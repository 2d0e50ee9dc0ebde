package io.computility.server.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

class IntegrityErrorsTest {

  /** A PostgreSQL error as the server sends it: fields tagged by one letter, NUL-separated. */
  private static Exception pg(String state, String message, String... fields) {
    StringBuilder sb = new StringBuilder("SERROR\0C" + state + "\0M" + message + "\0");
    for (String f : fields) sb.append(f).append('\0');
    return new DataIntegrityViolationException(
        "wrapped", new PSQLException(new ServerErrorMessage(sb.toString())));
  }

  @Test
  @DisplayName(
      "ISSUE-13 the safety net: not-null, value too long, numeric overflow, index row too large,"
          + " unique and check errors answer 4xx naming the column, key or constraint")
  void mapsConstraintErrors() {
    assertThat(IntegrityErrors.of(pg("23502", "null value", "ccreated_user")))
        .isEqualTo(new IntegrityErrors.Answer(400, "created_user is required"));
    assertThat(IntegrityErrors.of(pg("22001", "value too long for type character varying(63)")))
        .isEqualTo(
            new IntegrityErrors.Answer(400, "a text field is too long (at most 63 characters)"));
    assertThat(IntegrityErrors.of(pg("22003", "numeric field overflow")).message())
        .isEqualTo("a number is out of range");
    assertThat(
            IntegrityErrors.of(
                    pg(
                        "54000",
                        "index row size 1048592 exceeds btree version 4 maximum 2704 for index"
                            + " \"pool_node_pkey\""))
                .message())
        .contains("pool_node_pkey");
    assertThat(IntegrityErrors.of(pg("23505", "duplicate key", "DKey (name)=(x) already exists.")))
        .isEqualTo(new IntegrityErrors.Answer(409, "name already exists"));
    assertThat(IntegrityErrors.of(pg("23514", "check", "nprice_positive")).message())
        .isEqualTo("constraint price_positive is violated");
    assertThat(IntegrityErrors.of(pg("08006", "connection failure"))).isNull();
    assertThat(IntegrityErrors.of(new IllegalStateException("no SQL"))).isNull();
  }
}
