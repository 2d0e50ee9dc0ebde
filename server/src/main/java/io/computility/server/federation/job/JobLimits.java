package io.computility.server.federation.job;

import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.limits.LimitsProperties;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The per-job limits (computility.limits.job.*), checked on every create-job body as soon as it is
 * read, whatever endpoint takes it (one job or a batch of them): too many tasks or replicas, or a
 * too long command, answers 400 naming the field and the limit before anything is stored.
 */
@ControllerAdvice
public class JobLimits extends RequestBodyAdviceAdapter {
  private final LimitsProperties.Job limits;

  public JobLimits(LimitsProperties limits) {
    this.limits = limits.job();
  }

  @Override
  public boolean supports(
      MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> c) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (body instanceof CreateJobRequest r) check(r, "");
    else if (body instanceof JobBatchRequest b && b.jobs() != null) {
      for (int i = 0; i < b.jobs().size(); i++) {
        if (b.jobs().get(i) != null) check(b.jobs().get(i), "jobs[" + i + "].");
      }
    } else if (body instanceof Collection<?> many) {
      int i = 0;
      for (Object o : many) if (o instanceof CreateJobRequest r) check(r, "[" + i++ + "].");
    }
    return body;
  }

  /** Throws naming the field (prefixed by {@code at}) when {@code r} is over a limit. */
  public void check(CreateJobRequest r, String at) {
    List<CreateJobRequest.TaskRequest> tasks = r.tasks();
    if (tasks == null) return; // the mapper names what is missing
    if (tasks.size() > limits.maxTasks()) {
      throw Check.bad(at + "tasks", over(tasks.size(), limits.maxTasks(), "max-tasks", "tasks"));
    }
    long total = 0;
    for (int i = 0; i < tasks.size(); i++) {
      CreateJobRequest.TaskRequest t = tasks.get(i);
      if (t == null) continue;
      String task = at + "tasks[" + i + "].";
      Integer replicas = t.replicaNumber();
      if (replicas != null && replicas > limits.maxReplicasPerTask()) {
        throw Check.bad(
            task + "replicaNumber",
            over(replicas, limits.maxReplicasPerTask(), "max-replicas-per-task", "replicas"));
      }
      if (replicas != null && replicas > 0) total += replicas;
      if (t.command() != null && t.command().length() > limits.maxCommandChars()) {
        throw Check.bad(
            task + "command",
            over(t.command().length(), limits.maxCommandChars(), "max-command-chars", "chars"));
      }
    }
    if (total > limits.maxReplicas()) {
      throw Check.bad(at + "tasks", over(total, limits.maxReplicas(), "max-replicas", "replicas"));
    }
  }

  private static String over(long was, long limit, String property, String what) {
    return "exceeds the limit of "
        + limit
        + " "
        + what
        + " (computility.limits.job."
        + property
        + "), was "
        + was;
  }
}
