package io.computility.server.identity.security;

import io.computility.server.identity.audit.AuditFilter;
import io.computility.server.identity.audit.AuditOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security: no session, no CSRF (no cookies are used), every request decided
 * by {@link EndpointAuthorization}, every state-changing call audited.
 */
@Configuration
public class SecurityConfig {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http, TokenService tokens, AuditOutbox audit, JsonMapper json) {
    JsonSecurityAnswers answers = new JsonSecurityAnswers(json);
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .addFilterBefore(new AuditFilter(audit), ExceptionTranslationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(answers.unauthenticated())
                    .accessDeniedHandler(answers.forbidden()))
        .authorizeHttpRequests(a -> a.anyRequest().access(new EndpointAuthorization()));
    return http.build();
  }

  /** bcrypt by default; argon2 and other stored {id} formats keep verifying. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
