package cn.gov.hlj.consumptionaid.purchasing;

import java.util.Objects;

/**
 * A reserved share's review changed its status (approved, returned, resubmitted); the share row is already written.
 * Published inside the review's transaction, so the registry rollups of {@code metrics} change with it. Only a
 * submitted or approved share counts toward the reserved amounts ({@link ReservedShareStatus#counts()}).
 */
public record ReservedShareStatusChanged(long shareId, ReservedShareStatus before, ReservedShareStatus after) {

    public ReservedShareStatusChanged {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the share entered (+1) or left (-1) the counted shares, or neither (0). */
    public int countedChange() {
        return Boolean.compare(after.counts(), before.counts());
    }
}
