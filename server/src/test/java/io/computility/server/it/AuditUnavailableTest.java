package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change whose audit entry cannot be stored is not answered 2xx: the database refuses every audit
 * insert (a trigger), the request answers 503 naming the reason, and nothing is logged and dropped
 * behind a success.
 */
class AuditUnavailableTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;

  static final String JOB =
      """
      {"name":"unaudited","tasks":[{"name":"w","command":"sleep 1","imageId":"pytorch-2.3",\
      "resourceSpecId":"gpu-1x","replicaNumber":1}]}""";

  @Test
  @DisplayName("ISSUE-12 when the audit entry cannot be stored the change answers 503, never 2xx")
  void noSuccessWithoutAudit() throws Exception {
    Http admin = new Http(port);
    jdbc.execute(
        "create function refuse_audit() returns trigger language plpgsql as"
            + " $$ begin raise exception 'audit storage refused by the test'; end $$");
    jdbc.execute(
        "do $$ begin"
            + " create trigger refuse before insert on audit_log"
            + " for each row execute function refuse_audit();"
            + " if to_regclass('audit_outbox') is not null then"
            + "  create trigger refuse before insert on audit_outbox"
            + "  for each row execute function refuse_audit();"
            + " end if; end $$");
    Http.Answer refused;
    try {
      refused = admin.post("/openapi/v1/trainjob", JOB);
    } finally {
      jdbc.execute("drop function refuse_audit() cascade");
    }
    assertThat(refused.status()).as(refused.text()).isEqualTo(503);
    assertThat(refused.body().path("code").asString()).isEqualTo("AUDIT_UNAVAILABLE");
    assertThat(refused.body().path("errorMsg").asString()).startsWith("audit");
    assertThat(admin.post("/openapi/v1/trainjob", JOB).status()).isEqualTo(201);
  }
}
