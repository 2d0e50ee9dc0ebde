package io.computility.server.federation.scheduling;

import static io.computility.server.shared.jdbc.Sql.instant;

import io.computility.core.scheduling.ScoreCard;
import io.computility.server.shared.jdbc.JsonColumns;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Reads stored scheduling decisions. */
@Repository
public class DecisionReader {
  private static final TypeReference<List<ScoreCard>> CARDS = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public DecisionReader(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Optional<DecisionRecord> find(String jobId) {
    return jdbc
        .query(
            "select job_id, policy, outcome, reason, score_cards::text as cards, decided_at from"
                + " scheduling_decision where job_id = ?",
            (rs, i) ->
                new DecisionRecord(
                    rs.getString("job_id"),
                    rs.getString("policy"),
                    rs.getString("outcome"),
                    rs.getString("reason"),
                    json.read(rs.getString("cards"), CARDS),
                    instant(rs, "decided_at")),
            jobId)
        .stream()
        .findFirst();
  }
}
