package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.AdministrativeLevel;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.CanteenSituation;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareException;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review of a reserved share: submitted → approved, or returned with a reason → submitted again. */
class ReservedShareTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    private static ReservedShare submitted() {
        var unit = new Purchaser(new PurchaserRow("U-1", "某大学", PurchaserType.BUDGET_UNIT, BudgetUnitKind.AGENCY,
                null, AdministrativeLevel.PROVINCE, "EDUCATION", null, "230000", CanteenSituation.OWN, null, null,
                null), null, null, null);
        return new ReservedShare(unit, 2026, CanteenSituation.OWN, new BigDecimal("1000"), new BigDecimal("10"),
                new BigDecimal("100"), null, null, null, null, null);
    }

    private static String key(Runnable action) {
        try {
            action.run();
        } catch (ReservedShareException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_filed_share_is_submitted_and_the_supervising_unit_approves_it() {
        var share = submitted();
        assertThat(share.getStatus()).isEqualTo(ReservedShareStatus.SUBMITTED);
        share.approve("edu-agency", NOW);
        var row = share.toRow();
        assertThat(row.status()).isEqualTo(ReservedShareStatus.APPROVED);
        assertThat(row.reviewedBy()).isEqualTo("edu-agency");
        assertThat(row.reviewedAt()).isEqualTo(NOW);
        assertThat(row.returnReason()).isNull();
    }

    @Test
    void a_returned_share_carries_its_reason_and_is_submitted_again() {
        var share = submitted();
        share.returnWithReason("edu-agency", NOW, "  预留比例低于 10%，请核实  ");
        assertThat(share.toRow().status()).isEqualTo(ReservedShareStatus.RETURNED);
        assertThat(share.toRow().returnReason()).isEqualTo("预留比例低于 10%，请核实");

        share.resubmit();
        assertThat(share.toRow().status()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThat(share.toRow().returnReason()).isNull();
        assertThat(share.toRow().reviewedBy()).isNull();
    }

    @Test
    void illegal_transitions_are_refused_and_change_nothing() {
        var approved = submitted();
        approved.approve("edu-agency", NOW);
        assertThat(key(() -> approved.approve("edu-agency", NOW)))
                .isEqualTo("purchasing.reserved-share.review.not-submitted");
        assertThat(key(() -> approved.returnWithReason("edu-agency", NOW, "晚了")))
                .isEqualTo("purchasing.reserved-share.review.not-submitted");
        assertThat(key(approved::resubmit)).isEqualTo("purchasing.reserved-share.review.not-returned");
        assertThat(approved.getStatus()).isEqualTo(ReservedShareStatus.APPROVED);

        var fresh = submitted();
        assertThat(key(fresh::resubmit)).isEqualTo("purchasing.reserved-share.review.not-returned");
        fresh.returnWithReason("edu-agency", NOW, "请补充备注");
        assertThat(key(() -> fresh.approve("edu-agency", NOW)))
                .isEqualTo("purchasing.reserved-share.review.not-submitted");
        assertThat(fresh.getStatus()).isEqualTo(ReservedShareStatus.RETURNED);
    }

    @Test
    void returning_needs_a_reason_of_at_most_500_characters() {
        var share = submitted();
        assertThat(key(() -> share.returnWithReason("edu-agency", NOW, "  ")))
                .isEqualTo("purchasing.reserved-share.review.reason-required");
        assertThat(key(() -> share.returnWithReason("edu-agency", NOW, null)))
                .isEqualTo("purchasing.reserved-share.review.reason-required");
        assertThat(key(() -> share.returnWithReason("edu-agency", NOW, "长".repeat(501))))
                .isEqualTo("purchasing.reserved-share.review.reason-too-long");
        assertThat(share.getStatus()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThatThrownBy(() -> share.approve(null, NOW)).isInstanceOf(NullPointerException.class);
        assertThat(share.getStatus()).isEqualTo(ReservedShareStatus.SUBMITTED);
    }
}
