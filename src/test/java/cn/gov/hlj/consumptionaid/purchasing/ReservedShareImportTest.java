package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ReservedShareImportTest {

    private static final String HEADER = "单位编码,年度,食堂情况,食堂食材采购预算（元）,预留比例（%）,预留金额（元）,工会采购需求（元）,共用食堂申报单位编码,备注\n";

    @Autowired
    ReservedShareImport imports;
    @Autowired
    ReservedShareService service;
    @Autowired
    ReservedShareRepository shares;
    @Autowired
    PurchaserRepository purchasers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void storeUnits() {
        unit("RS-AGENCY", BudgetUnitKind.AGENCY, null, "230000");
        unit("RS-SCHOOL", BudgetUnitKind.SCHOOL, SchoolType.UNIVERSITY, "230100");
        unit("RS-BUREAU", BudgetUnitKind.AGENCY, null, "230129");
        if (purchasers.findByCode("RS-SOE").isEmpty()) {
            purchasers.save(new Purchaser(new PurchaserRow("RS-SOE", "某国企", PurchaserType.SOE, null, null, null,
                    "SASAC", null, "230000", CanteenSituation.OWN, null, null, null), null, null, null));
        }
    }

    private void unit(String code, BudgetUnitKind kind, SchoolType school, String region) {
        if (purchasers.findByCode(code).isEmpty()) {
            purchasers.save(new Purchaser(new PurchaserRow(code, code + " 单位", PurchaserType.BUDGET_UNIT, kind,
                    school, AdministrativeLevel.PROVINCE, "FINANCE", null, region, CanteenSituation.OWN, null, null,
                    null), null, null, null));
        }
    }

    private java.math.BigDecimal reserved2025() {
        var total = jdbc.queryForObject("SELECT SUM(reserved_amount) FROM rollup_share_total WHERE share_year = 2025",
                java.math.BigDecimal.class);
        return total == null ? java.math.BigDecimal.ZERO : total;
    }

    @Test
    @WithUserDetails("finance")
    void finance_imports_the_shares_of_a_year_and_sees_them_with_their_source() {
        var file = (HEADER + "RS-AGENCY,2025,有,\"1,000,000.00\",10,100000.00,5000,,\n"
                + "RS-BUREAU,2025,共用,300000,12.5%,37500,,RS-AGENCY,与财政厅共用食堂\n"
                + "RS-SCHOOL,2025,无,0,10,0,,,学生在校外就餐\n").getBytes(Charset.forName("GBK"));

        var preview = imports.preview("2025预留份额.csv", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsToCreate()).isEqualTo(3);
        var reserved = reserved2025();
        var result = imports.commit("2025预留份额.csv", file);
        assertThat(result.created()).isEqualTo(3);
        assertThat(reserved2025()).as("the dashboards' reserved total, changed in the import's transaction")
                .isEqualByComparingTo(reserved.add(new java.math.BigDecimal("137500.00")));

        var rows = service.list(2025, PurchaserFilter.ALL.withText("RS-"), Pageable.unpaged());
        assertThat(rows).extracting(ReservedShareRow::purchaserCode)
                .containsExactly("RS-AGENCY", "RS-BUREAU", "RS-SCHOOL");
        var bureau = rows.get(1);
        assertThat(bureau.reservedRatio()).isEqualByComparingTo("12.5");
        assertThat(bureau.reservedAmount()).isEqualByComparingTo("37500.00");
        assertThat(bureau.filedByCode()).isEqualTo("RS-AGENCY");
        assertThat(bureau.status()).isEqualTo(ReservedShareStatus.SUBMITTED);
        assertThat(bureau.importBatchId()).isEqualTo(result.batch().id());
        assertThat(bureau.sourceRow()).isEqualTo(3);
        assertThat(rows.get(0).unionNeed()).isEqualByComparingTo("5000");

        var overlap = (HEADER + "RS-AGENCY,2025,有,1000000,10,100000,,,\n").getBytes(StandardCharsets.UTF_8);
        var again = imports.commit("补报.csv", overlap);
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(service.count(2025, PurchaserFilter.ALL.withText("RS-"))).isEqualTo(3);
    }

    @Test
    @WithUserDetails("finance")
    void the_rules_of_the_plan_refuse_the_file_and_name_each_row() {
        var file = (HEADER
                + "RS-AGENCY,2024,有,1000000,10,99000,,,\n"
                + "RS-BUREAU,2024,无,200000,10,20000,,,\n"
                + "RS-SCHOOL,2024,共用,200000,10,20000,,,\n"
                + "RS-SOE,2024,有,200000,10,20000,,,\n"
                + "NO-SUCH,2024,有,200000,10,20000,,,\n"
                + "RS-AGENCY,2024,有,200000,120,240000,,,\n"
                + "RS-AGENCY,2024,外卖,200000,10,20000,,,\n").getBytes(StandardCharsets.UTF_8);
        long before = shares.count();

        var preview = imports.preview("有问题.csv", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                Tuple.tuple(2, "purchasing.reserved-share.rule.amount-mismatch"),
                Tuple.tuple(3, "purchasing.reserved-share.rule.no-canteen-needs-remark"),
                Tuple.tuple(4, "purchasing.reserved-share.rule.shared-needs-filer"),
                // an SOE is not in finance's view of purchasers at all
                Tuple.tuple(5, "purchasing.reserved-share.problem.unit-unknown"),
                Tuple.tuple(6, "purchasing.reserved-share.problem.unit-unknown"),
                Tuple.tuple(7, "shared.import.problem.not-a-percent"),
                Tuple.tuple(8, "purchasing.import.problem.canteen-unknown"));
        assertThat(preview.problems().getFirst().arguments()).containsExactly("100000.00");
        assertThatThrownBy(() -> imports.commit("有问题.csv", file)).isInstanceOf(ImportRejectedException.class);
        assertThat(shares.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("education")
    void education_files_shares_only_for_its_schools() {
        var file = (HEADER + "RS-SCHOOL,2023,有,500000,10,50000,,,\n" + "RS-AGENCY,2023,有,500000,10,50000,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        var preview = imports.preview("学校.csv", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "purchasing.reserved-share.problem.unit-unknown"));
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_can_neither_import_nor_read_shares() {
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[] {1}))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.count(2025, PurchaserFilter.ALL))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
