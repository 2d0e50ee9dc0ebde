package io.computility.server.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The digests an audit row may be chained with: SM3 (GB/T 32905, BouncyCastle), the default for new
 * rows, and SHA-256 (JDK), which rows written before V26 carry. Each row names its own, so a change
 * of algorithm never breaks the verification of older rows.
 */
public final class AuditDigest {
  public static final String SM3 = "SM3";
  public static final String SHA_256 = "SHA-256";

  private AuditDigest() {}

  /** The canonical name of a configured algorithm; fails for one the ledger does not know. */
  public static String named(String algorithm) {
    String a = algorithm == null ? "" : algorithm.trim().toUpperCase(Locale.ROOT);
    if (a.equals(SM3)) return SM3;
    if (a.equals(SHA_256) || a.equals("SHA256")) return SHA_256;
    throw new IllegalArgumentException(
        "computility.security.audit.hash-algorithm must be SM3 or SHA-256, was " + algorithm);
  }

  /** Lower-case hex of the digest of {@code text} (UTF-8). */
  public static String hex(String algorithm, String text) {
    return HexFormat.of().formatHex(digest(algorithm, text.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] digest(String algorithm, byte[] bytes) {
    if (SM3.equals(algorithm)) {
      SM3Digest d = new SM3Digest();
      d.update(bytes, 0, bytes.length);
      byte[] out = new byte[d.getDigestSize()];
      d.doFinal(out, 0);
      return out;
    }
    try {
      return MessageDigest.getInstance(named(algorithm)).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
