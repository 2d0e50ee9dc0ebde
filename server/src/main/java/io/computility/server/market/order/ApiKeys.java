package io.computility.server.market.order;

import static io.computility.server.shared.jdbc.Sql.ts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * API keys of model-service orders. Only a key's SHA-256 is kept for checking; the key itself is
 * shown once: the copy made at provisioning is cleared the first time its holder reads it, and a
 * rotation answers the new key once and keeps none. Terminating the order revokes its key.
 */
@Repository
public class ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcTemplate jdbc;

  ApiKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Issues the order's key unless it has a live one; the key waits to be revealed once. */
  void issue(String orderId, String tenantId) {
    if (live(orderId)) return;
    insert(orderId, tenantId, true);
  }

  /** The key kept since provisioning, once (cleared as it is read); empty afterwards. */
  Optional<String> reveal(String orderId) {
    List<String> keys =
        jdbc.queryForList(
            "with k as (select id, reveal_once from market_api_key where order_id = ?"
                + " and revoked_at is null and reveal_once is not null for update)"
                + " update market_api_key m set reveal_once = null from k where m.id = k.id"
                + " returning k.reveal_once",
            String.class,
            orderId);
    return keys.stream().findFirst();
  }

  /** Revokes the live key and issues a new one, answered once and kept nowhere. */
  String rotate(String orderId, String tenantId) {
    revoke(orderId);
    return insert(orderId, tenantId, false);
  }

  void revoke(String orderId) {
    jdbc.update(
        "update market_api_key set revoked_at = ?, reveal_once = null where order_id = ?"
            + " and revoked_at is null",
        ts(Instant.now()),
        orderId);
  }

  boolean live(String orderId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from market_api_key where order_id = ? and revoked_at is null",
            Integer.class,
            orderId);
    return n != null && n > 0;
  }

  /** The prefix of the order's live key (to recognise it), or empty. */
  Optional<String> prefix(String orderId) {
    return jdbc
        .queryForList(
            "select prefix from market_api_key where order_id = ? and revoked_at is null",
            String.class,
            orderId)
        .stream()
        .findFirst();
  }

  /** The order a presented key belongs to, when the key is live. */
  public Optional<String> verify(String key) {
    if (key == null || key.length() > 128) return Optional.empty();
    return jdbc
        .queryForList(
            "select order_id from market_api_key where hash = ? and revoked_at is null",
            String.class,
            sha256(key))
        .stream()
        .findFirst();
  }

  private String insert(String orderId, String tenantId, boolean keep) {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    String key = "cty_" + HexFormat.of().formatHex(b);
    jdbc.update(
        "insert into market_api_key (id, order_id, tenant_id, prefix, hash, reveal_once,"
            + " created_at) values (?,?,?,?,?,?,?)",
        MarketIds.next("key"),
        orderId,
        tenantId,
        key.substring(0, 10),
        sha256(key),
        keep ? key : null,
        ts(Instant.now()));
    return key;
  }

  static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
