package io.computility.server.identity.security;

import io.computility.server.shared.web.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** NET-6.3a single sign-on endpoints: start at the provider, come back with a code. */
@RestController
@RequestMapping("/api/v1/auth/oidc")
@Tag(name = "Authentication")
public class OidcController {
  private final OidcLogin oidc;

  public OidcController(OidcLogin oidc) {
    this.oidc = oidc;
  }

  @GetMapping("/login")
  @Operation(summary = "NET-6.3a redirect to the identity provider")
  public ResponseEntity<Void> login() {
    String callback =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/auth/oidc/callback")
            .toUriString();
    return ResponseEntity.status(302).location(URI.create(oidc.start(callback))).build();
  }

  @GetMapping("/callback")
  @Operation(summary = "NET-6.3a the provider's redirect; answers a bearer token")
  public ResponseEntity<Envelope<?>> callback(
      @RequestParam String code, @RequestParam String state, HttpServletRequest request) {
    LoginOutcome o = oidc.finish(code, state, request.getRemoteAddr());
    if (!o.ok()) {
      return ResponseEntity.status(403).body(AuthController.refused(o.result()));
    }
    TokenRow t = o.issued().row();
    return ResponseEntity.ok(
        Envelope.ok(
            new AuthController.TokenData(o.issued().token(), t.id(), t.expiresAt(), t.roleId())));
  }
}
