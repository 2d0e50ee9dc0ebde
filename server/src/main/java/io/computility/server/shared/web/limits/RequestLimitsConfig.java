package io.computility.server.shared.web.limits;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
    var reg =
        new FilterRegistrationBean<>(
            new BodySizeFilter(limits.maxBodySize().toBytes(), limits.upload()));
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
        RejectedRequests.write(
            response,
            400,
            "path is not allowed: " + e.getMessage(),
            io.computility.server.shared.web.ErrorDetail.of(
                io.computility.server.shared.web.ErrorReason.BAD_FORMAT,
                "path",
                "expected",
                "a normalised request path"));
  }

  /** Tomcat's own error answers (before any filter) in the envelope too. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                for (var v : host.getPipeline().getValves()) {
                  if (v instanceof ErrorReportValve) host.getPipeline().removeValve(v);
                }
                host.getPipeline().addValve(new JsonErrorReportValve());
              }
            });
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SubmissionRateLimiter(limits.submit()));
  }
}
