package io.computility.server.identity.security;

import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * NET-6.3a single sign-on: the OpenID Connect authorization-code flow against an external provider,
 * found by discovery from its issuer. The ID token's signature, issuer, audience, expiry and nonce
 * are checked; the subject (or else the username claim) names the user, who then gets a session
 * token like a password login. An unknown user is created when provisioning is on ({@link
 * OidcProvisioning}) and refused otherwise. Pending logins live in memory for ten minutes.
 */
@Service
public class OidcLogin {
  private static final Duration PENDING_FOR = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ComputilityProperties.Oidc settings;
  private final UserStore users;
  private final LoginService login;
  private final OidcProvisioning provisioning;
  private final Clock clock;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private volatile ClientRegistration registration;

  public OidcLogin(
      ComputilityProperties props,
      UserStore users,
      LoginService login,
      OidcProvisioning provisioning,
      Clock clock) {
    this.settings = props.security().oidc();
    this.users = users;
    this.login = login;
    this.provisioning = provisioning;
    this.clock = clock;
  }

  private record Pending(OAuth2AuthorizationRequest request, Instant until) {}

  /** The provider URL to send the browser to. */
  public String start(String redirectUri) {
    ClientRegistration r = registration(redirectUri);
    String state = random();
    String nonce = random();
    String verifier = random(); // PKCE (RFC 7636): the code is useless without it
    OAuth2AuthorizationRequest request =
        OAuth2AuthorizationRequest.authorizationCode()
            .authorizationUri(r.getProviderDetails().getAuthorizationUri())
            .clientId(r.getClientId())
            .redirectUri(redirectUri)
            .scopes(r.getScopes())
            .state(state)
            .additionalParameters(
                Map.of(
                    "nonce",
                    nonce,
                    PkceParameterNames.CODE_CHALLENGE,
                    TokenService.sha256Base64Url(verifier),
                    PkceParameterNames.CODE_CHALLENGE_METHOD,
                    "S256"))
            .attributes(Map.of("nonce", nonce, PkceParameterNames.CODE_VERIFIER, verifier))
            .build();
    Instant now = clock.instant();
    pending.values().removeIf(p -> p.until().isBefore(now));
    pending.put(state, new Pending(request, now.plus(PENDING_FOR)));
    return request.getAuthorizationRequestUri();
  }

  /** Finishes a login the provider redirected back with; answers the outcome. */
  public LoginOutcome finish(String code, String state, String from) {
    Pending p = state == null ? null : pending.remove(state);
    if (p == null || p.until().isBefore(clock.instant())) {
      throw new ForbiddenException("state", "is unknown or expired; start the login again");
    }
    ClientRegistration r = registration(p.request().getRedirectUri());
    OAuth2AuthorizationResponse response =
        OAuth2AuthorizationResponse.success(code)
            .redirectUri(p.request().getRedirectUri())
            .state(state)
            .build();
    var tokens =
        new RestClientAuthorizationCodeTokenResponseClient()
            .getTokenResponse(
                new OAuth2AuthorizationCodeGrantRequest(
                    r, new OAuth2AuthorizationExchange(p.request(), response)));
    Object idToken = tokens.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN);
    if (idToken == null) throw new ForbiddenException("id_token", "the provider sent none");
    Jwt jwt = new OidcIdTokenDecoderFactory().createDecoder(r).decode(idToken.toString());
    if (!p.request().getAttributes().get("nonce").equals(jwt.getClaimAsString("nonce"))) {
      throw new ForbiddenException("nonce", "does not match this login");
    }
    String username = jwt.getClaimAsString(settings.usernameClaim());
    java.util.Optional<UserRow> known =
        users
            .byOidcSubject(jwt.getSubject())
            .or(() -> username == null ? java.util.Optional.empty() : users.byUsername(username));
    if (known.isPresent()) {
      users.linkOidc(known.get().id(), jwt.getSubject());
      provisioning.loggedIn(known.get(), jwt);
      return login.trusted(known.get(), from);
    }
    if (!provisioning.enabled()) {
      login.refusedOidc(username == null ? "-" : username, from, "UNKNOWN_USER");
      throw new ForbiddenException(
          "username",
          "no user '"
              + username
              + "' here and OIDC provisioning is off"
              + " (computility.security.oidc.provisioning.enabled); ask an administrator to"
              + " create the user");
    }
    return login.trusted(provisioning.create(jwt, username, from), from);
  }

  private ClientRegistration registration(String redirectUri) {
    if (!settings.enabled()) {
      throw new NotFoundException("oidc", "single sign-on is not configured");
    }
    ClientRegistration r = registration;
    if (r == null) {
      r =
          ClientRegistrations.fromIssuerLocation(settings.issuerUri())
              .registrationId("oidc")
              .clientId(settings.clientId())
              .clientSecret(settings.clientSecret())
              .redirectUri(redirectUri)
              .scope("openid", "profile")
              .build();
      registration = r;
    }
    return r;
  }

  private static String random() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
