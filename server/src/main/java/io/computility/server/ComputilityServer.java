package io.computility.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Computility server: REST API, persistence and the scheduling loop. */
@SpringBootApplication
public class ComputilityServer {
  public static void main(String[] args) {
    SpringApplication.run(ComputilityServer.class, args);
  }
}
