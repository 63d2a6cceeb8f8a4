package cn.gov.hlj.consumptionaid.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything about one application: its data, where it stands, its timeline and the notice's objections. */
public record ApplicationDetail(ApplicationRow row, String specification, BigDecimal price,
                                BigDecimal referencePrice, String qualityEvidence, String povertyLink,
                                boolean commitment, String nationalBatch, LocalDate nationalFiledOn,
                                LocalDate noticeStart, LocalDate publishedOn, WithdrawalReason withdrawalReason,
                                String withdrawalNote, LocalDate withdrawnOn, LocalDate withdrawalReportedOn,
                                Long renewalOfId, List<StepRow> steps, List<ObjectionRow> objections,
                                LocalDate countyNoticeStart, LocalDate countyNoticeEnd) {

    public ApplicationForm toForm() {
        return new ApplicationForm(row.entityId(), row.productName(), row.categoryCode(), specification, price,
                referencePrice, qualityEvidence, row.poorPeopleDriven(), povertyLink, row.commodityValue(),
                commitment);
    }

    public boolean hasOpenObjections() {
        return objections.stream().anyMatch(o -> !o.resolved());
    }
}
