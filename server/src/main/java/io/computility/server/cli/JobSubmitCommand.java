package io.computility.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code computility job submit FILE}: posts a JC-A.1 body read from YAML or JSON. */
@Command(name = "submit", mixinStandardHelpOptions = true, description = "Submit a job file.")
final class JobSubmitCommand implements Callable<Integer> {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClientOptions opts;

  @Parameters(index = "0", paramLabel = "FILE", description = "job body, YAML or JSON")
  Path file;

  @Override
  public Integer call() {
    JsonNode answer = opts.client().post("/openapi/v1/trainjob", read());
    var out = spec.commandLine().getOut();
    if (opts.json) {
      out.println(AnswerText.pretty(answer));
      return ComputilityCli.OK;
    }
    JsonNode data = answer.path("data");
    out.println("Submitted job " + AnswerText.text(data.path("jobId")));
    Table t = new Table("TASK", "CENTERS");
    for (JsonNode task : data.path("taskInfos")) {
      t.row(AnswerText.text(task.path("name")), AnswerText.join(task.path("centerIDs"), ","));
    }
    t.print(out);
    return ComputilityCli.OK;
  }

  /** The file as JSON text; YAML is a superset of JSON, so one parser reads both. */
  private String read() {
    try {
      JsonNode body = YAML.readTree(Files.readString(file));
      if (body == null || !body.isObject()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), file + " must hold one object with name and tasks");
      }
      return ApiClient.JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
    } catch (JacksonException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), file + " is not valid YAML or JSON: " + e.getOriginalMessage());
    }
  }
}
