package io.computility.server.federation.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A batch submission: up to {@link TrainJobBatchController#MAX_JOBS} JC-A.1 job requests. */
@Schema(description = "Batch job submission")
public record JobBatchRequest(
    @Schema(description = "the jobs, each as the body of POST /openapi/v1/trainjob")
        List<CreateJobRequest> jobs) {}
