package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.Actor;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.CertificationAction;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.ReviewLevel;
import cn.gov.hlj.consumptionaid.catalog.StepRow;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machine of a certification application, without a database. */
class CertificationApplicationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2020, 9, 1, 9, 0);
    private static final Actor COUNTY_REVIEWER = new Actor("yanshou-reviewer", "延寿县审核员", ReviewLevel.COUNTY, "230129");
    private static final Actor CITY_REVIEWER = new Actor("harbin-reviewer", "哈尔滨市审核员", ReviewLevel.CITY, "2301");
    private static final Actor PROVINCE_REVIEWER = new Actor("province-reviewer", "省复核员", ReviewLevel.PROVINCE, "23");
    private static final Actor QIQIHAR_REVIEWER = new Actor("qqhr-reviewer", "齐齐哈尔市审核员", ReviewLevel.CITY, "2302");
    private static final LocalDate FILED = LocalDate.of(2020, 9, 25);
    private static final LocalDate NOTICE = LocalDate.of(2020, 9, 28);
    private static final LocalDate NOTICE_END = LocalDate.of(2020, 10, 10);
    private static final LocalDate LOCAL_WITHDRAWAL = LocalDate.of(2021, 3, 1);
    private static final LocalDate COUNTY_NOTICE_START = LocalDate.of(2020, 9, 1);
    private static final LocalDate COUNTY_NOTICE_END = LocalDate.of(2020, 9, 7);

    /** Every step a caller can ask for, each by the reviewer level that takes it when it is legal. */
    enum Step {
        RESUBMIT(a -> a.resubmit(form(), COUNTY_REVIEWER, AT, null)),
        CERTIFY_AT_COUNTY(a -> a.certifyAtCounty(COUNTY_REVIEWER, AT, null)),
        START_COUNTY_NOTICE(a -> a.startCountyNotice(COUNTY_NOTICE_START, COUNTY_NOTICE_END, COUNTY_REVIEWER, AT,
                null)),
        RECORD_COUNTY_OBJECTION(a -> a.recordObjection(COUNTY_NOTICE_START.plusDays(1), "村民反映带贫方式不实",
                COUNTY_REVIEWER, AT)),
        CERTIFY_AFTER_COUNTY_NOTICE(a -> a.certifyAfterCountyNotice(COUNTY_NOTICE_END.plusDays(1), COUNTY_REVIEWER, AT,
                null)),
        REVIEW_AT_CITY(a -> a.reviewAtCity(CITY_REVIEWER, AT, null)),
        RECHECK_AT_PROVINCE(a -> a.recheckAtProvince(PROVINCE_REVIEWER, AT, null)),
        FILE_NATIONALLY(a -> a.fileNationally("2020年第3批", FILED, PROVINCE_REVIEWER, AT, null)),
        START_NOTICE(a -> a.startNotice(NOTICE, NOTICE_END, PROVINCE_REVIEWER, AT, null)),
        RECORD_OBJECTION(a -> a.recordObjection(NOTICE.plusDays(1), "群众反映带贫人数不实", PROVINCE_REVIEWER, AT)),
        PUBLISH(a -> a.publish("HLJ-2020-230129-0001", NOTICE_END.plusDays(2), PROVINCE_REVIEWER, AT)),
        SEND_BACK(a -> a.sendBack("材料不全", actorOf(a.getStatus()), AT)),
        REJECT(a -> a.reject("不符合认定条件", actorOf(a.getStatus()), AT)),
        REQUEST_WITHDRAWAL(a -> a.requestWithdrawal(WithdrawalReason.QUALITY_OR_SAFETY, "抽检不合格", "supervisor", "监督员",
                AT)),
        CONFIRM_WITHDRAWAL(a -> a.confirmWithdrawal(WithdrawalReason.QUALITY_OR_SAFETY, "抽检不合格", COUNTY_REVIEWER, AT)),
        DECLINE_WITHDRAWAL(a -> a.declineWithdrawal("复检合格", actorOf(a.getStatus()), AT)),
        APPROVE_WITHDRAWAL(a -> a.approveWithdrawal(LOCAL_WITHDRAWAL, PROVINCE_REVIEWER, AT, null)),
        REPORT_WITHDRAWAL(a -> a.reportWithdrawalNationally(LOCAL_WITHDRAWAL.plusDays(3), PROVINCE_REVIEWER, AT)),
        SUPERSEDE(a -> a.supersede("HLJ-2021-230129-0009", PROVINCE_REVIEWER, AT));

        final Consumer<CertificationApplication> action;

        Step(Consumer<CertificationApplication> action) {
            this.action = action;
        }
    }

    /** The legal steps of each state; everything else must be refused. */
    private static final Map<CertificationStatus, Set<Step>> LEGAL = new EnumMap<>(Map.ofEntries(
            Map.entry(SUBMITTED, Set.of(Step.CERTIFY_AT_COUNTY, Step.START_COUNTY_NOTICE, Step.SEND_BACK, Step.REJECT)),
            Map.entry(COUNTY_NOTICE, Set.of(Step.RECORD_COUNTY_OBJECTION, Step.CERTIFY_AFTER_COUNTY_NOTICE,
                    Step.SEND_BACK, Step.REJECT)),
            Map.entry(COUNTY_CERTIFIED, Set.of(Step.REVIEW_AT_CITY, Step.SEND_BACK, Step.REJECT)),
            Map.entry(CITY_REVIEWED, Set.of(Step.RECHECK_AT_PROVINCE, Step.SEND_BACK, Step.REJECT)),
            Map.entry(PROVINCE_RECHECKED, Set.of(Step.FILE_NATIONALLY, Step.SEND_BACK, Step.REJECT)),
            Map.entry(FILED_NATIONALLY, Set.of(Step.START_NOTICE, Step.SEND_BACK, Step.REJECT)),
            Map.entry(PUBLIC_NOTICE, Set.of(Step.RECORD_OBJECTION, Step.PUBLISH, Step.SEND_BACK, Step.REJECT)),
            Map.entry(IN_CATALOG, Set.of(Step.REQUEST_WITHDRAWAL, Step.CONFIRM_WITHDRAWAL, Step.SUPERSEDE)),
            Map.entry(RENEWED, Set.of()),
            Map.entry(RETURNED, Set.of(Step.RESUBMIT)),
            Map.entry(REJECTED, Set.of()),
            Map.entry(WITHDRAWAL_REQUESTED, Set.of(Step.CONFIRM_WITHDRAWAL, Step.DECLINE_WITHDRAWAL)),
            Map.entry(WITHDRAWAL_CONFIRMED, Set.of(Step.APPROVE_WITHDRAWAL, Step.DECLINE_WITHDRAWAL)),
            Map.entry(WITHDRAWN, Set.of(Step.REPORT_WITHDRAWAL))));

    private static Actor actorOf(CertificationStatus status) {
        var level = status.actingLevel() == null ? ReviewLevel.PROVINCE : status.actingLevel();
        return switch (level) {
            case COUNTY -> COUNTY_REVIEWER;
            case CITY -> CITY_REVIEWER;
            case PROVINCE -> PROVINCE_REVIEWER;
        };
    }

    private static MarketEntity entity(boolean blacklisted) {
        var entity = new MarketEntity(CatalogTestData.entityForm("230129", "延寿县兴农水稻种植专业合作社"));
        if (blacklisted) {
            entity.blacklist("虚报带贫人数", null, LocalDate.of(2020, 8, 1));
        }
        return entity;
    }

    private static cn.gov.hlj.consumptionaid.catalog.ApplicationForm form() {
        return CatalogTestData.applicationForm(0L, "延寿长粒香大米").withEntityId(null);
    }

    private static CertificationApplication submitted() {
        return new CertificationApplication(entity(false), form(), COUNTY_REVIEWER, AT, "材料齐全");
    }

    /** An application brought to the state along the legal path. */
    static CertificationApplication in(CertificationStatus status) {
        var a = submitted();
        switch (status) {
            case SUBMITTED -> { }
            case COUNTY_NOTICE -> Step.START_COUNTY_NOTICE.action.accept(a);
            case RETURNED -> a.sendBack("材料不全", COUNTY_REVIEWER, AT);
            case REJECTED -> a.reject("不符合认定条件", COUNTY_REVIEWER, AT);
            default -> {
                var path = status == RENEWED
                        ? new Step[] {Step.CERTIFY_AT_COUNTY, Step.REVIEW_AT_CITY, Step.RECHECK_AT_PROVINCE,
                                Step.FILE_NATIONALLY, Step.START_NOTICE, Step.PUBLISH, Step.SUPERSEDE}
                        : status == WITHDRAWAL_REQUESTED
                        ? new Step[] {Step.CERTIFY_AT_COUNTY, Step.REVIEW_AT_CITY, Step.RECHECK_AT_PROVINCE,
                                Step.FILE_NATIONALLY, Step.START_NOTICE, Step.PUBLISH, Step.REQUEST_WITHDRAWAL}
                        : new Step[] {Step.CERTIFY_AT_COUNTY, Step.REVIEW_AT_CITY, Step.RECHECK_AT_PROVINCE,
                                Step.FILE_NATIONALLY, Step.START_NOTICE, Step.PUBLISH, Step.CONFIRM_WITHDRAWAL,
                                Step.APPROVE_WITHDRAWAL};
                for (var step : path) {
                    if (a.getStatus() == status) {
                        break;
                    }
                    step.action.accept(a);
                }
            }
        }
        assertThat(a.getStatus()).isEqualTo(status);
        return a;
    }

    @ParameterizedTest
    @EnumSource(CertificationStatus.class)
    void every_step_not_allowed_in_a_state_is_refused_and_changes_nothing(CertificationStatus status) {
        for (var step : Step.values()) {
            if (LEGAL.get(status).contains(step)) {
                continue;
            }
            var application = in(status);
            var stepsBefore = application.stepRows().size();
            assertThatThrownBy(() -> step.action.accept(application))
                    .as("%s in %s", step, status)
                    .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                            .isIn("catalog.application.error.illegal-transition",
                                    "catalog.application.error.wrong-level"));
            assertThat(application.getStatus()).as("%s in %s", step, status).isEqualTo(status);
            assertThat(application.stepRows()).hasSize(stepsBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(CertificationStatus.class)
    void every_step_allowed_in_a_state_is_taken_and_recorded(CertificationStatus status) {
        for (var step : LEGAL.get(status)) {
            var application = in(status);
            var stepsBefore = application.stepRows().size();
            step.action.accept(application);
            assertThat(application.stepRows()).as("%s in %s", step, status).hasSize(stepsBefore + 1);
        }
    }

    @Test
    void the_full_chain_records_every_step_with_who_and_what() {
        var application = in(IN_CATALOG);
        assertThat(application.stepRows()).extracting(StepRow::action).containsExactly(
                CertificationAction.SUBMITTED, CertificationAction.COUNTY_CERTIFIED, CertificationAction.CITY_REVIEWED,
                CertificationAction.PROVINCE_RECHECKED, CertificationAction.FILED_NATIONALLY,
                CertificationAction.NOTICE_STARTED, CertificationAction.PUBLISHED);
        assertThat(application.stepRows()).extracting(StepRow::actorUsername).containsExactly(
                "yanshou-reviewer", "yanshou-reviewer", "harbin-reviewer", "province-reviewer", "province-reviewer",
                "province-reviewer", "province-reviewer");
        assertThat(application.getCatalogNumber()).isEqualTo("HLJ-2020-230129-0001");
        assertThat(application.getValidUntil()).isEqualTo(LocalDate.of(2021, 10, 11));
    }

    @Test
    void a_withdrawn_product_keeps_its_history_and_a_blacklisting_closes_what_is_open() {
        var withdrawn = in(WITHDRAWN);
        assertThat(withdrawn.stepRows()).extracting(StepRow::action).endsWith(CertificationAction.PUBLISHED,
                CertificationAction.WITHDRAWAL_CONFIRMED, CertificationAction.WITHDRAWAL_APPROVED);
        assertThat(withdrawn.getWithdrawnOn()).isEqualTo(LOCAL_WITHDRAWAL);
        assertThat(withdrawn.getCatalogNumber()).isEqualTo("HLJ-2020-230129-0001");

        var listed = in(IN_CATALOG);
        assertThat(listed.closeBecauseBlacklisted("虚报带贫人数", "supervisor", "监督员", LOCAL_WITHDRAWAL, AT)).isTrue();
        assertThat(listed.getStatus()).isEqualTo(WITHDRAWN);
        assertThat(listed.getWithdrawalReason()).isEqualTo(WithdrawalReason.VIOLATION);
        var underReview = in(CITY_REVIEWED);
        assertThat(underReview.closeBecauseBlacklisted("虚报带贫人数", "supervisor", "监督员", LOCAL_WITHDRAWAL, AT))
                .isFalse();
        assertThat(underReview.getStatus()).isEqualTo(REJECTED);
        var rejected = in(REJECTED);
        assertThat(rejected.closeBecauseBlacklisted("虚报带贫人数", "supervisor", "监督员", LOCAL_WITHDRAWAL, AT))
                .isFalse();
        assertThat(rejected.stepRows()).hasSize(2);
    }

    @Test
    void a_step_by_the_wrong_level_is_refused_even_in_the_right_state() {
        var application = in(SUBMITTED);
        assertThatThrownBy(() -> application.certifyAtCounty(CITY_REVIEWER, AT, null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.wrong-level"));
        var atCity = in(COUNTY_CERTIFIED);
        assertThatThrownBy(() -> atCity.sendBack("不同意", PROVINCE_REVIEWER, AT))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.wrong-level"));
        assertThat(atCity.getStatus()).isEqualTo(COUNTY_CERTIFIED);
    }

    @Test
    void a_city_reviewer_of_another_prefecture_cannot_take_the_step() {
        var application = in(COUNTY_CERTIFIED);
        assertThatThrownBy(() -> application.reviewAtCity(QIQIHAR_REVIEWER, AT, null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.out-of-region"));
        assertThat(application.getStatus()).isEqualTo(COUNTY_CERTIFIED);
    }

    @Test
    void a_blacklisted_entity_cannot_apply() {
        assertThatThrownBy(() -> new CertificationApplication(entity(true), form(), COUNTY_REVIEWER, AT, null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.blacklisted"));
    }

    @Test
    void an_open_objection_blocks_publication_until_it_is_resolved() {
        var application = in(PUBLIC_NOTICE);
        application.recordObjection(NOTICE.plusDays(1), "群众反映带贫人数不实", PROVINCE_REVIEWER, AT);
        assertThatThrownBy(() -> Step.PUBLISH.action.accept(application))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.open-objections"));
        assertThat(application.getStatus()).isEqualTo(PUBLIC_NOTICE);
    }

    @Test
    void a_product_is_not_published_before_its_notice_has_ended() {
        var application = in(PUBLIC_NOTICE);
        assertThatThrownBy(() -> application.publish("HLJ-2020-230129-0001", NOTICE_END, PROVINCE_REVIEWER, AT))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("catalog.application.error.notice-not-ended"));
    }

    @Test
    void return_and_reject_need_a_reason() {
        var application = in(SUBMITTED);
        assertThatThrownBy(() -> application.sendBack(" ", COUNTY_REVIEWER, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> application.reject(null, COUNTY_REVIEWER, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getStatus()).isEqualTo(SUBMITTED);
    }
}
