package io.computility.server.market.application;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Attachments in PostgreSQL (bytea) with their SHA-256: durable across restarts. */
@Repository
class AttachmentStore {
  static final int MAX_PER_APPLICATION = 20;
  private final JdbcTemplate jdbc;

  AttachmentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored file. */
  record Content(AttachmentView view, byte[] bytes) {}

  void insert(String applicationId, AttachmentView v, byte[] bytes, String by) {
    jdbc.update(
        "insert into application_attachment (id, application_id, name, content_type, size,"
            + " sha256, content, uploaded_by, created_at) values (?,?,?,?,?,?,?,?,?)",
        v.id(),
        applicationId,
        v.name(),
        v.contentType(),
        v.size(),
        v.sha256(),
        bytes,
        by,
        ts(v.createdAt()));
  }

  List<AttachmentView> list(String applicationId) {
    return jdbc.query(
        "select id, name, content_type, size, sha256, created_at from application_attachment"
            + " where application_id = ? order by created_at, id",
        (rs, i) ->
            new AttachmentView(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                instant(rs, "created_at")),
        applicationId);
  }

  int count(String applicationId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from application_attachment where application_id = ?",
            Integer.class,
            applicationId);
    return n == null ? 0 : n;
  }

  Optional<Content> content(String applicationId, String id) {
    return jdbc
        .query(
            "select id, name, content_type, size, sha256, created_at, content"
                + " from application_attachment where application_id = ? and id = ?",
            (rs, i) ->
                new Content(
                    new AttachmentView(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("sha256"),
                        instant(rs, "created_at")),
                    rs.getBytes("content")),
            applicationId,
            id)
        .stream()
        .findFirst();
  }

  int delete(String applicationId, String id) {
    return jdbc.update(
        "delete from application_attachment where application_id = ? and id = ?",
        applicationId,
        id);
  }
}
