package io.computility.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code computility login}: password login; the token is stored for later commands. */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = "Log in and store the token in ~/.computility/credentials.")
final class LoginCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Option(
      names = {"-u", "--username"},
      defaultValue = "admin",
      description = "login name (default: admin)")
  String username;

  @Option(
      names = {"-p", "--password"},
      arity = "0..1",
      interactive = true,
      description = "password; prompted for when no value is given")
  String password;

  @Override
  public Integer call() throws Exception {
    String pw = password;
    if (pw == null) pw = System.getenv("COMPUTILITY_PASSWORD");
    if (pw == null && System.console() != null) {
      pw = new String(System.console().readPassword("Password for %s: ", username));
    }
    if (pw == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--password is required");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("username", username);
    body.put("password", pw);
    JsonNode answer = new ApiClient(opts.server, null).post("/api/v1/auth/login", body.toString());
    Credentials c = Credentials.standard();
    c.store(opts.server, answer.path("data").path("token").asString());
    spec.commandLine()
        .getOut()
        .println(
            "Logged in to " + opts.server + " as " + username + "; token stored in " + c.file());
    return ComputilityCli.OK;
  }
}
