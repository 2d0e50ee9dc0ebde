package io.computility.server.federation.job;

import java.security.SecureRandom;
import java.time.Instant;

/** Job ids that sort by submission time and cannot collide across restarts: "job-<time>-<rand>". */
final class JobIdGenerator {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private JobIdGenerator() {}

  static String next(Instant now) {
    StringBuilder sb =
        new StringBuilder("job-").append(Long.toString(now.toEpochMilli(), 36)).append('-');
    for (int i = 0; i < 8; i++) sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    return sb.toString();
  }
}
