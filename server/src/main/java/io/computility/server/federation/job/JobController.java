package io.computility.server.federation.job;

import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Job listing with filters and paging; a job's decision is served by the scheduling context. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Job listing and scheduling decisions")
public class JobController {

  static final int MAX_PAGE_SIZE = 200;

  private final JobService jobs;

  public JobController(JobService jobs) {
    this.jobs = jobs;
  }

  @GetMapping
  @Operation(summary = "List jobs, newest first, filtered and paged")
  public Envelope<PageData<JobSummary>> list(@ParameterObject JobListParams params) {
    JobQuery query = params.query(() -> CurrentUser.get().scope());
    List<JobSummary> items = jobs.list(query).stream().map(JobListMapper::toSummary).toList();
    return Envelope.ok(new PageData<>(items, jobs.count(query), query.page(), query.size()));
  }
}
