package io.computility.server.identity.audit;

import io.computility.server.shared.config.ComputilityProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs audit anchors with an SM2 key (curve sm2p256v1, signature SM3withSM2, BouncyCastle). The
 * key lives in a file under the data directory (owner-only), created on first start; its public
 * half's id goes to the server log so that it can be recorded elsewhere.
 */
@Component
public class AnchorSigner {
  private static final Logger LOG = LoggerFactory.getLogger(AnchorSigner.class);
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final String SIGNATURE = "SM3withSM2";

  private final KeyPair keys;
  private final String keyId;

  public AnchorSigner(ComputilityProperties props) throws IOException, GeneralSecurityException {
    ComputilityProperties.Audit a = props.security().audit();
    Path file =
        a.anchorKey() != null ? a.anchorKey() : props.dataDir().resolve("audit/anchor-sm2.key");
    this.keys = Files.exists(file) ? read(file) : create(file);
    this.keyId =
        AuditDigest.hex(AuditDigest.SM3, b64(keys.getPublic().getEncoded())).substring(0, 16);
    LOG.info(
        "audit anchors are signed with SM2 key {} ({}): public key {}",
        keyId,
        file,
        b64(keys.getPublic().getEncoded()));
  }

  public String keyId() {
    return keyId;
  }

  AuditAnchor sign(long seq, String headHash, Instant at) {
    AuditAnchor unsigned = new AuditAnchor(seq, headHash, at, keyId, "");
    try {
      Signature s = Signature.getInstance(SIGNATURE, BC);
      s.initSign(keys.getPrivate());
      s.update(unsigned.message().getBytes(StandardCharsets.UTF_8));
      return new AuditAnchor(seq, headHash, at, keyId, b64(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an audit anchor", e);
    }
  }

  /** Null when the anchor was signed by this key; otherwise why it cannot be trusted. */
  String problem(AuditAnchor a) {
    if (!keyId.equals(a.keyId())) return "signed by another key (" + a.keyId() + ")";
    try {
      Signature s = Signature.getInstance(SIGNATURE, BC);
      s.initVerify(keys.getPublic());
      s.update(a.message().getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(a.signature())) ? null : "signature is invalid";
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return "signature is unreadable";
    }
  }

  private static KeyPair create(Path file) throws IOException, GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("sm2p256v1"));
    KeyPair kp = g.generateKeyPair();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(
        tmp,
        "private "
            + b64(kp.getPrivate().getEncoded())
            + "\npublic "
            + b64(kp.getPublic().getEncoded())
            + "\n");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's permissions protect it
    }
    Files.move(tmp, file);
    return kp;
  }

  private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
    List<String> lines = Files.readAllLines(file);
    KeyFactory f = KeyFactory.getInstance("EC", BC);
    PrivateKey priv =
        f.generatePrivate(
            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(field(lines, "private"))));
    PublicKey pub =
        f.generatePublic(
            new X509EncodedKeySpec(Base64.getDecoder().decode(field(lines, "public"))));
    return new KeyPair(pub, priv);
  }

  private static String field(List<String> lines, String name) {
    return lines.stream()
        .filter(l -> l.startsWith(name + " "))
        .map(l -> l.substring(name.length() + 1).trim())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("audit key file lacks its " + name + " key"));
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
