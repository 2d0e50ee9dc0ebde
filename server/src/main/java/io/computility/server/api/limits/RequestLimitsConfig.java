package io.computility.server.api.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the request limits: the body-size and control-character filters run first, ahead of
 * security and audit, so a hostile request costs nothing; the rate limiter runs after
 * authentication, when the tenant is known.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
public class RequestLimitsConfig implements WebMvcConfigurer {
  private final LimitsProperties limits;

  public RequestLimitsConfig(LimitsProperties limits) {
    this.limits = limits;
  }

  @Bean
  FilterRegistrationBean<BodySizeFilter> bodySizeFilter() {
    var reg = new FilterRegistrationBean<>(new BodySizeFilter(limits.maxBodySize().toBytes()));
    reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return reg;
  }

  @Bean
  FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
    var reg = new FilterRegistrationBean<>(new ControlCharacterFilter());
    reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return reg;
  }

  /** Paths Spring Security's firewall refuses (e.g. an encoded "%") answer the envelope too. */
  @Bean
  RequestRejectedHandler envelopeForRejectedRequests() {
    return (request, response, e) ->
        RejectedRequests.write(response, 400, "path is not allowed: " + e.getMessage());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SubmissionRateLimiter(limits.submit()));
  }
}
