package io.computility.adapter.slurm;

import io.computility.core.adapter.AdapterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the HS256 JWT that Slurm's auth/jwt plugin checks ({@code sun} = user name, {@code exp}),
 * with the cluster's key file, the same way {@code scontrol token} does.
 */
final class SignedToken extends MintedToken {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final Path keyFile;
  private final String user;

  SignedToken(Path keyFile, String user, Duration lifetime) {
    super(lifetime);
    this.keyFile = keyFile;
    this.user = user;
  }

  @Override
  protected String mint() {
    try {
      byte[] key = Files.readAllBytes(keyFile);
      long now = Instant.now().getEpochSecond();
      String header = enc("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
      String payload =
          enc(
              "{\"exp\":%d,\"iat\":%d,\"sun\":\"%s\"}"
                  .formatted(now + lifetime.toSeconds(), now, user.replace("\"", "")));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + B64.encodeToString(sig);
    } catch (IOException e) {
      throw new AdapterException(
          "cannot read jwt key " + keyFile + ": " + e.getMessage(), false, e);
    } catch (GeneralSecurityException e) {
      throw new AdapterException("cannot sign jwt: " + e.getMessage(), false, e);
    }
  }

  private static String enc(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
