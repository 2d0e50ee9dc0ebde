package io.computility.server.federation.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One job of a batch submission: 201 with the job, or the error a single submission would get. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Outcome of one job of a batch submission")
public record JobBatchItem(
    @Schema(description = "position of the job in the request's jobs array") int index,
    @Schema(description = "201 when durably queued, else the status a single submit would answer")
        int status,
    @Schema(description = "OK, or the error code") String code,
    @Schema(description = "empty on success; names the offending field (jobs[i]. …)")
        String errorMsg,
    @Schema(description = "the created job (JC-A.1 data), on success") CreateJobData job) {}
