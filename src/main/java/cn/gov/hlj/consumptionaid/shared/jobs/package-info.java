/**
 * Long work as background jobs: {@link cn.gov.hlj.consumptionaid.shared.jobs.JobRunner} runs a task on a small
 * bounded pool, as the user who started it (their security context, so {@code @PreAuthorize} holds inside the job),
 * with {@link cn.gov.hlj.consumptionaid.shared.jobs.Progress} reports, cancellation until the task's work is committed,
 * and the result or the error handed to a {@link cn.gov.hlj.consumptionaid.shared.jobs.JobListener}.
 * {@link cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator} is the UI face: a progress bar with the step
 * text and a cancel button, updated through server push. See
 * {@code docs/decisions/2026-11-28-background-jobs.md}.
 */
package cn.gov.hlj.consumptionaid.shared.jobs;
