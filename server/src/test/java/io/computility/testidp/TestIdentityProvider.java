package io.computility.testidp;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * An OpenID Connect provider for tests: Spring Authorization Server with its clients, keys and user
 * from Spring Boot's properties, and the usual two filter chains (protocol endpoints sending
 * unauthenticated browsers to the login form; the login form). Outside io.computility.server so the
 * server's component scan and test configuration search never pick it up.
 *
 * <p>Users: {@code spring.security.user.*} and {@code test-idp.users=name:password,…}. Extra ID
 * token claims per user: {@code test-idp.claims.<user>.<claim>=value}; a value {@code [a,b]} is
 * sent as a JSON array.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

  @Bean
  InMemoryUserDetailsManager users(Environment env) {
    List<UserDetails> users = new ArrayList<>();
    String name = env.getProperty("spring.security.user.name");
    if (name != null) users.add(user(name, env.getProperty("spring.security.user.password")));
    for (String u : env.getProperty("test-idp.users", "").split(",")) {
      if (!u.isBlank()) users.add(user(u.split(":", 2)[0], u.split(":", 2)[1]));
    }
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> extraClaims(Environment env) {
    // flat keys "<user>.<claim>": user names may hold dashes, claim names have no dots
    Map<String, String> claims =
        Binder.get(env)
            .bind("test-idp.claims", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    return ctx -> {
      if (!OidcParameterNames.ID_TOKEN.equals(ctx.getTokenType().getValue())) return;
      String prefix = ctx.getPrincipal().getName() + ".";
      claims.forEach(
          (key, v) -> {
            if (!key.startsWith(prefix)) return;
            String claim = key.substring(prefix.length());
            if (v.startsWith("[") && v.endsWith("]")) {
              ctx.getClaims()
                  .claim(claim, Arrays.asList(v.substring(1, v.length() - 1).split(",")));
            } else {
              ctx.getClaims().claim(claim, v);
            }
          });
    };
  }

  private static UserDetails user(String name, String password) {
    return User.withUsername(name).password("{noop}" + password).roles("USER").build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain protocol(HttpSecurity http) {
    OAuth2AuthorizationServerConfigurer as = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(as.getEndpointsMatcher())
        .with(as, a -> a.oidc(withDefaults()))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain login(HttpSecurity http) {
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(withDefaults());
    return http.build();
  }
}
