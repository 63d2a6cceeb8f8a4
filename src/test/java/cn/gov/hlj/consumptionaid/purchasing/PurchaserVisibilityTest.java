package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each department sees purchasers through its own lens, within its region; leaders see them all. */
@IntegrationTest
class PurchaserVisibilityTest {

    private static final List<PurchaserRow> PURCHASERS = List.of(
            new PurchaserRow("VIS-AGENCY", "省财政厅机关", PurchaserType.BUDGET_UNIT, BudgetUnitKind.AGENCY, null,
                    AdministrativeLevel.PROVINCE, "FINANCE", null, "230000", CanteenSituation.OWN, null, null, null),
            new PurchaserRow("VIS-SCHOOL", "延寿县第二中学", PurchaserType.BUDGET_UNIT, BudgetUnitKind.SCHOOL,
                    SchoolType.PRIMARY_SECONDARY, AdministrativeLevel.COUNTY, "EDUCATION", null, "230129",
                    CanteenSituation.OWN, null, null, null),
            new PurchaserRow("VIS-HOSPITAL", "齐齐哈尔市第一医院", PurchaserType.BUDGET_UNIT, BudgetUnitKind.HOSPITAL,
                    null, AdministrativeLevel.CITY, "HEALTH", null, "230200", CanteenSituation.OUTSOURCED, null, null,
                    null),
            new PurchaserRow("VIS-SOE", "龙煤集团", PurchaserType.SOE, null, null, null, "SASAC", null, "230000",
                    CanteenSituation.OWN, "230129", null, null),
            new PurchaserRow("VIS-PRIVATE", "哈尔滨某民营企业", PurchaserType.PRIVATE_ENTERPRISE, null, null, null,
                    "COMMERCE_FEDERATION", null, "230100", null, null, null, null));

    @Autowired
    PurchaserRepository repository;
    @Autowired
    PurchaserService service;

    @BeforeEach
    void storePurchasers() {
        for (var row : PURCHASERS) {
            if (repository.findByCode(row.code()).isEmpty()) {
                repository.save(new Purchaser(row, null, null, null));
            }
        }
    }

    private List<String> visibleCodes() {
        return service.list(PurchaserFilter.ALL.withText("VIS-"), Pageable.unpaged()).stream()
                .map(PurchaserRow::code).toList();
    }

    @Test
    @WithUserDetails("finance")
    void finance_sees_every_budget_unit_but_no_enterprise() {
        assertThat(visibleCodes()).containsExactlyInAnyOrder("VIS-AGENCY", "VIS-SCHOOL", "VIS-HOSPITAL");
    }

    @Test
    @WithUserDetails("education")
    void education_sees_the_schools_only() {
        assertThat(visibleCodes()).containsExactly("VIS-SCHOOL");
        assertThat(service.find("VIS-AGENCY")).as("not even by its code").isEmpty();
    }

    @Test
    @WithUserDetails("sasac")
    void sasac_sees_the_soes_only() {
        assertThat(visibleCodes()).containsExactly("VIS-SOE");
        assertThat(service.find("VIS-SOE").orElseThrow().pairedCountyCode()).isEqualTo("230129");
    }

    @Test
    @WithUserDetails("commerce-federation")
    void the_federation_sees_the_private_enterprises_only() {
        assertThat(visibleCodes()).containsExactly("VIS-PRIVATE");
    }

    @Test
    @WithUserDetails("commerce")
    void a_department_without_a_lens_sees_only_what_it_supervises() {
        assertThat(visibleCodes()).isEmpty();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_them_all_and_may_narrow_by_region_and_kind() {
        assertThat(visibleCodes()).hasSize(5);
        assertThat(service.list(PurchaserFilter.ALL.withText("VIS-").withRegion("230100"), Pageable.unpaged()))
                .extracting(PurchaserRow::code).containsExactlyInAnyOrder("VIS-SCHOOL", "VIS-PRIVATE");
        assertThat(service.count(PurchaserFilter.ALL.withText("VIS-").withBudgetUnitKind(BudgetUnitKind.SCHOOL)))
                .isEqualTo(1);
        assertThat(service.count(PurchaserFilter.ALL.withText("%"))).as("% is searched for, not a wildcard").isZero();
        assertThat(service.count(PurchaserFilter.ALL.withText("VIS_"))).as("nor is _").isZero();
    }
}
