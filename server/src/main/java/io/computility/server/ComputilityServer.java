package io.computility.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** The Computility server: REST API, persistence and the scheduling loop. */
// users live in the database and authenticate with bearer tokens: no generated in-memory user
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class ComputilityServer {
  public static void main(String[] args) {
    SpringApplication.run(ComputilityServer.class, args);
  }
}
