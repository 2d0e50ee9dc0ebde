package io.computility.server.console;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web console (the computility-console jar's {@code META-INF/resources}) at {@code /}.
 * The console routes in the browser (history mode), so a path that is neither a file nor an API
 * answers the console's {@code index.html}; API paths keep their JSON 404.
 */
@Configuration
public class ConsoleWebConfig implements WebMvcConfigurer {

  static final String LOCATION = "classpath:/META-INF/resources/";

  /** Path prefixes the server's APIs own; a miss there must not turn into the console page. */
  static final List<String> API_PREFIXES =
      List.of("api/", "openapi/", "scheduler/", "v3/", "actuator/", "swagger-ui/");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/**")
        .addResourceLocations(LOCATION)
        .resourceChain(true)
        .addResolver(new ConsoleFallbackResolver());
  }

  /** Resolves real files first, then client-side routes to index.html. */
  static final class ConsoleFallbackResolver extends PathResourceResolver {
    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
      Resource file = super.getResource(resourcePath, location);
      if (file != null) return file;
      if (!isClientRoute(resourcePath)) return null;
      Resource index = new ClassPathResource("META-INF/resources/index.html");
      return index.exists() ? index : null;
    }
  }

  /** A console route: not under an API prefix and not a file name (no dot in its last segment). */
  static boolean isClientRoute(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (API_PREFIXES.stream().anyMatch(prefix -> p.startsWith(prefix) || p.equals(strip(prefix)))) {
      return false;
    }
    String last = p.substring(p.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private static String strip(String prefix) {
    return prefix.substring(0, prefix.length() - 1);
  }
}
