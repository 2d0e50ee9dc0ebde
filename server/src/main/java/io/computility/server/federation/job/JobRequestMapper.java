package io.computility.server.federation.job;

import static io.computility.server.shared.web.Check.ID_BYTES;
import static io.computility.server.shared.web.Check.JC_CHARS;

import io.computility.server.federation.job.CreateJobRequest.TaskRequest;
import io.computility.server.shared.web.Check;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the shape of a JC-A.1 body and turns it into a {@link NewJob}. */
public final class JobRequestMapper {

  private JobRequestMapper() {}

  public static NewJob toNewJob(CreateJobRequest r) {
    Check.present(r, "body");
    String name = Check.text(r.name(), "name", JC_CHARS);
    List<NewJob.NewTask> tasks = tasks(Check.nonEmpty(r.tasks(), "tasks"));
    String desc = Check.belowBytes(r.desc(), "desc", Check.DESC_BYTES);
    String user = Check.belowBytes(r.userName(), "userName", ID_BYTES);
    return new NewJob(name, desc, user, tasks, RequirementsMapper.toRequirements(r));
  }

  private static List<NewJob.NewTask> tasks(List<TaskRequest> in) {
    List<NewJob.NewTask> out = new ArrayList<>(in.size());
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      String at = "tasks[" + i + "]";
      TaskRequest t = Check.present(in.get(i), at);
      String name = Check.text(t.name(), at + ".name", JC_CHARS);
      Integer first = names.putIfAbsent(name, i);
      if (first != null) throw Check.bad(at + ".name", "duplicates tasks[" + first + "].name");
      out.add(
          new NewJob.NewTask(
              name,
              Check.required(t.command(), at + ".command"),
              Check.text(t.imageId(), at + ".imageId", JC_CHARS),
              Check.text(t.resourceSpecId(), at + ".resourceSpecId", JC_CHARS),
              Check.positive(t.replicaNumber(), at + ".replicaNumber")));
    }
    return out;
  }
}
