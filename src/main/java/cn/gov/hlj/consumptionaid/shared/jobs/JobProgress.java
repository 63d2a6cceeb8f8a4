package cn.gov.hlj.consumptionaid.shared.jobs;

import java.util.List;

/**
 * A job's progress as watchers see it. {@code fraction} never goes back: when a step's length is unknown it stays at
 * the last known fraction and {@code indeterminate} is set.
 *
 * @param fraction      0 to 1
 * @param indeterminate whether the current step's position is unknown
 * @param stepKey       i18n key of the step, {@code null} before the first report
 * @param args          arguments of the step text
 */
public record JobProgress(double fraction, boolean indeterminate, String stepKey, List<Object> args) {

    public static final JobProgress START = new JobProgress(0, true, null, List.of());

    public JobProgress {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
