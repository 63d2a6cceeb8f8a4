package cn.gov.hlj.consumptionaid.shared.jobs;

import java.util.concurrent.CancellationException;

/** Thrown by {@link Progress#report} of a cancelled job: the task stops, and a transaction around it rolls back. */
public class JobCancelledException extends CancellationException {

    public JobCancelledException() {
        super("The job was cancelled");
    }
}
