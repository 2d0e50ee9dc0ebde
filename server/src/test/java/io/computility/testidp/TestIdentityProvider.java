package io.computility.testidp;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * An OpenID Connect provider for tests: Spring Authorization Server with its clients, keys and user
 * from Spring Boot's properties, and the usual two filter chains (protocol endpoints sending
 * unauthenticated browsers to the login form; the login form). Outside io.computility.server so the
 * server's component scan and test configuration search never pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

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
