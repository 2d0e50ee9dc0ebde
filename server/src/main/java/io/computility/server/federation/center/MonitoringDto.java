package io.computility.server.federation.center;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A center's monitoring data, JC table 4 field for field, with the center id and the time. */
public record MonitoringDto(
    @JsonProperty("ai_center_id") String aiCenterId,
    @JsonProperty("center_name") String centerName,
    @JsonProperty("running_task_num") int runningTaskNum,
    @JsonProperty("waiting_task_num") int waitingTaskNum,
    @JsonProperty("cpu_used") long cpuUsed,
    @JsonProperty("cpu_free") long cpuFree,
    @JsonProperty("npu_used") long npuUsed,
    @JsonProperty("npu_free") long npuFree,
    @JsonProperty("gpu_used") long gpuUsed,
    @JsonProperty("gpu_free") long gpuFree,
    @JsonProperty("mlu_used") long mluUsed,
    @JsonProperty("mlu_free") long mluFree,
    @JsonProperty("memory_used") long memoryUsed,
    @JsonProperty("memory_free") long memoryFree,
    @JsonProperty("storage_used") long storageUsed,
    @JsonProperty("storage_free") long storageFree,
    @JsonProperty("defineres_used") long defineresUsed,
    @JsonProperty("defineres_free") long defineresFree,
    @JsonProperty("security_grade") int securityGrade,
    @JsonProperty("taken_at") Instant takenAt) {}
