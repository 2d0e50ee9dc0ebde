package io.computility.server.federation.job;

import io.computility.server.identity.ScopeFilter;
import io.computility.server.shared.web.Check;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.function.Supplier;

/**
 * The query parameters of the job list, bound by Spring; {@link #query} checks them and answers 400
 * naming the field.
 */
public record JobListParams(
    @Parameter(description = "pending, running, completed, failed or stopped") String status,
    @Parameter(description = "user name") String user,
    @Parameter(description = "text the job name contains") String q,
    @Parameter(description = "0-based page") Integer page,
    @Parameter(description = "page size, default 20") Integer size) {

  /** The query; {@code scope} is asked only once the parameters are valid. */
  JobQuery query(Supplier<ScopeFilter> scope) {
    int p = Check.page(page == null ? 0 : page);
    int s = Check.pageSize(size == null ? 20 : size, JobController.MAX_PAGE_SIZE);
    Check.belowBytes(user, "user", Check.ID_BYTES);
    Check.belowBytes(q, "q", Check.DESC_BYTES);
    return new JobQuery(
        JobListMapper.status(status),
        user,
        q == null || q.isBlank() ? null : q.strip(),
        p,
        s,
        scopeOrAll(scope.get()));
  }

  private static ScopeFilter scopeOrAll(ScopeFilter scope) {
    return scope.all() ? null : scope;
  }
}
