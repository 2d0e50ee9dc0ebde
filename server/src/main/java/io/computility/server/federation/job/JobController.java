package io.computility.server.federation.job;

import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.PageData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  public Envelope<PageData<JobSummary>> list(
      @Parameter(description = "pending, running, completed, failed or stopped")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "user name") @RequestParam(required = false) String user,
      @Parameter(description = "text the job name contains") @RequestParam(required = false)
          String q,
      @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Check.page(page);
    Check.pageSize(size, MAX_PAGE_SIZE);
    Check.belowBytes(user, "user", Check.ID_BYTES);
    Check.belowBytes(q, "q", Check.DESC_BYTES);
    ScopeFilter scope = CurrentUser.get().scope();
    JobQuery query =
        new JobQuery(
            JobListMapper.status(status),
            user,
            blankToNull(q),
            page,
            size,
            scope.all() ? null : scope);
    List<JobSummary> items = jobs.list(query).stream().map(JobListMapper::toSummary).toList();
    return Envelope.ok(new PageData<>(items, jobs.count(query), page, size));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
