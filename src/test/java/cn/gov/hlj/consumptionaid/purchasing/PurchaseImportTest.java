package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(PurchaseImportTest.Events.class)
class PurchaseImportTest {

    @TestConfiguration
    static class Events {
        final List<PurchasesImported> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PurchasesImported event) {
            received.add(event);
        }
    }

    @Autowired
    PurchaseImport imports;
    @Autowired
    PurchaseService service;
    @Autowired
    PurchaserRepository purchasers;
    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Events events;

    /** A supplier of 延寿县, one of 方正县 with a catalog product, and one blacklisted since 2026-06-01. */
    String yanshou;
    String fangzheng;
    String catalogNumber;
    String blacklisted;
    String prefix;

    @BeforeEach
    void storeData() {
        prefix = CatalogTestData.unique("PI").replaceAll("[^A-Za-z0-9]", "");
        unit(prefix + "-AG", PurchaserType.BUDGET_UNIT, BudgetUnitKind.AGENCY, null, "230000");
        unit(prefix + "-SC", PurchaserType.BUDGET_UNIT, BudgetUnitKind.SCHOOL, SchoolType.PRIMARY_SECONDARY, "230129");
        unit(prefix + "-SOE", PurchaserType.SOE, null, null, "230000");
        yanshou = entities.save(new MarketEntity(CatalogTestData.entityForm(CatalogTestData.YANSHOU,
                CatalogTestData.unique("延寿县稻花香合作社")))).getCreditCode();
        var fixtures = new CatalogFixtures(entities, applications, transaction);
        long product = fixtures.published(CatalogTestData.FANGZHENG, "方正富硒大米", LocalDate.of(2026, 1, 10));
        transaction.executeWithoutResult(tx -> {
            var application = applications.findById(product).orElseThrow();
            catalogNumber = application.getCatalogNumber();
            fangzheng = application.getEntity().getCreditCode();
        });
        var bad = new MarketEntity(CatalogTestData.entityForm(CatalogTestData.YANSHOU,
                CatalogTestData.unique("失信合作社")));
        bad.blacklist("以次充好", "12317 投诉查实", LocalDate.of(2026, 6, 1));
        blacklisted = entities.save(bad).getCreditCode();
    }

    private void unit(String code, PurchaserType type, BudgetUnitKind kind, SchoolType school, String region) {
        var level = type == PurchaserType.BUDGET_UNIT ? AdministrativeLevel.PROVINCE : null;
        var department = type == PurchaserType.SOE ? "SASAC" : "FINANCE";
        purchasers.save(new Purchaser(new PurchaserRow(code, code + " 单位", type, kind, school, level, department,
                null, region, CanteenSituation.OWN, null, null, null), null, null, null));
    }

    private List<Object> order(String no, String date, String unit, String supplier, String product,
                               String category, Object amount, String status, String donation, String union) {
        var row = new ArrayList<Object>();
        row.addAll(List.of(prefix + no, date, "采购单位", unit, "供应商", supplier, product, category, 10, amount,
                status, donation, union));
        return row;
    }

    @Autowired
    UserDetailsService users;

    /** Runs {@code work} signed in as another demo account, then restores the test's own sign-in. */
    private void as(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM purchase WHERE order_no LIKE ?", Long.class, prefix + "%");
    }

    @Test
    @WithUserDetails("finance")
    void finance_imports_an_832_export_in_xlsx_and_finds_the_rows_with_their_batch() {
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-03-05 10:21:09", prefix + "-AG", yanshou, "延寿大米 10kg", "大米", 1280.5, "交易完成",
                        "否", "否"),
                order("-2", "2026-03-06", prefix + "-AG", fangzheng, "方正富硒大米", "大米", 860, "待发货", "", "是"),
                order("-3", "2026/4/1", prefix + "-SC", yanshou, "木耳 500g", "食用菌", "99.90", "已完成", "", "")));

        var preview = imports.preview("832订单.xlsx", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsToCreate()).isEqualTo(3);
        assertThat(stored()).isZero();

        var result = imports.commit("832订单.xlsx", file);
        assertThat(result.created()).isEqualTo(3);
        assertThat(events.received).contains(new PurchasesImported(result.batch().id(), 3));

        var rows = service.list(PurchaseFilter.ALL.withImportBatch(result.batch().id()), Pageable.unpaged());
        assertThat(rows).extracting(PurchaseRow::orderNo, PurchaseRow::sourceRow, PurchaseRow::status,
                        PurchaseRow::channelCode)
                .containsExactly(Tuple.tuple(prefix + "-3", 4, PurchaseStatus.COMPLETED, "PLATFORM_832"),
                        Tuple.tuple(prefix + "-2", 3, PurchaseStatus.PLACED, "PLATFORM_832"),
                        Tuple.tuple(prefix + "-1", 2, PurchaseStatus.COMPLETED, "PLATFORM_832"));
        var first = rows.get(2);
        assertThat(first.amount()).isEqualByComparingTo("1280.50");
        assertThat(first.orderDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(first.originCountyCode()).isEqualTo(CatalogTestData.YANSHOU);
        assertThat(first.categoryCode()).isEqualTo("RICE");
        assertThat(first.supplierName()).contains("延寿县稻花香合作社");
        assertThat(rows.get(1).unionPurchase()).isTrue();
        assertThat(rows.get(1).originCountyCode()).isEqualTo(CatalogTestData.FANGZHENG);

        var totals = service.totals(PurchaseFilter.ALL.withImportBatch(result.batch().id()));
        assertThat(totals.orders()).isEqualTo(3);
        assertThat(totals.amount()).isEqualByComparingTo("2240.40");
        assertThat(totals.countedAmount()).isEqualByComparingTo("1380.40");

        var again = imports.commit("832订单（再次）.xlsx", file);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("finance")
    void a_gbk_csv_with_other_headers_that_overlaps_an_earlier_file_adds_only_the_new_orders() {
        var headers = List.of("订单状态", "订单编号", "单位编码", "供应商统一社会信用代码", "商品名称", "品类",
                "订单金额（元）", "下单日期", "扶贫产品目录编号", "采购渠道");
        var first = PurchaseFiles.csv(headers, List.of(
                List.of("已完成", prefix + "-A", prefix + "-AG", fangzheng, "方正富硒大米", "大米", "500", "2026-05-01",
                        catalogNumber, "832平台")), Charset.forName("GBK"));
        assertThat(imports.commit("五月.csv", first).created()).isEqualTo(1);

        var second = PurchaseFiles.csv(headers, List.of(
                List.of("已完成", prefix + "-A", prefix + "-AG", fangzheng, "方正富硒大米", "大米", "500", "2026-05-01",
                        catalogNumber, "832平台"),
                List.of("已完成", prefix + "-B", prefix + "-AG", fangzheng, "方正富硒大米", "大米", "700", "2026-05-20",
                        catalogNumber, "小康龙江")), Charset.forName("GBK"));
        var preview = imports.preview("五月（补充）.csv", second);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.skippedKeys()).containsExactly(prefix + "-A");
        var result = imports.commit("五月（补充）.csv", second);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(stored()).isEqualTo(2);
        var rows = service.list(PurchaseFilter.ALL.withText(prefix + "-B"), Pageable.unpaged());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.channelCode()).isEqualTo("XIAOKANG_LONGJIANG");
            assertThat(row.productId()).isNotNull();
        });
    }

    @Test
    @WithUserDetails("finance")
    void a_file_with_bad_rows_writes_nothing_and_says_which_rows_and_why() {
        var wrongCheck = yanshou.substring(0, 17) + (yanshou.charAt(17) == '0' ? '1' : '0');
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-2", "2026-03-05", "NO-SUCH-UNIT", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-3", "2026-03-05", prefix + "-AG", wrongCheck, "大米", "大米", 100, "已完成", "", ""),
                order("-4", "2026-03-05", prefix + "-AG", "91230100MA1B2C3D4X", "大米", "大米", 100, "已完成", "", ""),
                order("-5", "2026-07-05", prefix + "-AG", blacklisted, "大米", "大米", 100, "已完成", "", ""),
                order("-6", "2026-13-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-7", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", -5, "已完成", "", ""),
                order("-8", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 9_000_000, "已完成", "", ""),
                order("-1", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-9", "2026-03-05", prefix + "-AG", yanshou, "大米", "火箭", 100, "已完成", "", ""),
                order("-10", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "差不多", "", ""),
                order("-11", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "是", ""),
                order("-12", "2099-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-13", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 0, "已完成", "", "")));

        var preview = imports.preview("有问题.xlsx", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                Tuple.tuple(3, "purchasing.purchase.problem.purchaser-unknown"),
                Tuple.tuple(4, "purchasing.purchase.problem.credit-code-invalid"),
                Tuple.tuple(5, "purchasing.purchase.problem.credit-code-invalid"),
                Tuple.tuple(6, "purchasing.purchase.problem.supplier-blacklisted"),
                Tuple.tuple(7, "shared.import.problem.not-a-date"),
                Tuple.tuple(8, "shared.import.problem.negative"),
                Tuple.tuple(9, "purchasing.purchase.problem.amount-too-large"),
                Tuple.tuple(10, "purchasing.purchase.problem.duplicate-in-file"),
                Tuple.tuple(11, "purchasing.purchase.problem.category-unknown"),
                Tuple.tuple(12, "purchasing.purchase.problem.status-unknown"),
                Tuple.tuple(13, "purchasing.purchase.problem.enterprises-only"),
                Tuple.tuple(14, "shared.import.problem.date-out-of-range"),
                Tuple.tuple(15, "purchasing.purchase.problem.amount-zero"));
        assertThat(preview.problems().get(3).column()).isEqualTo("统一社会信用代码");
        assertThat(preview.problems().get(3).arguments()).containsExactly("2026-06-01");
        assertThat(preview.problems().get(7).arguments()).containsExactly(2);
        assertThatThrownBy(() -> imports.commit("有问题.xlsx", file)).isInstanceOf(ImportRejectedException.class);
        assertThat(stored()).isZero();
    }

    @Test
    @WithUserDetails("finance")
    void an_order_before_the_blacklisting_still_counts_and_an_unregistered_supplier_is_named() {
        var unregistered = CatalogTestData.creditCode(CatalogTestData.YANSHOU);
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-05-31", prefix + "-AG", blacklisted, "大米", "大米", 100, "已完成", "", ""),
                order("-2", "2026-05-31", prefix + "-AG", unregistered, "大米", "大米", 100, "已完成", "", "")));
        var preview = imports.preview("五月底.xlsx", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "purchasing.purchase.problem.supplier-unknown"));
        assertThat(stored()).isZero();
    }

    @Test
    @WithUserDetails("education")
    void education_cannot_import_or_see_the_orders_of_finance_agencies() {
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-03-05", prefix + "-SC", yanshou, "大米", "大米", 100, "已完成", "", ""),
                order("-2", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", "")));
        var preview = imports.preview("学校订单.xlsx", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "purchasing.purchase.problem.purchaser-unknown"));
        assertThatThrownBy(() -> imports.commit("学校订单.xlsx", file)).isInstanceOf(ImportRejectedException.class);
        assertThat(stored()).isZero();
    }

    @Test
    @WithUserDetails("supply-cooperative")
    void the_832_operator_imports_orders_of_every_purchaser_and_sasac_sees_only_its_soes() {
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-03-05", prefix + "-SOE", yanshou, "大米", "大米", 3000, "已完成", "是", ""),
                order("-2", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", "")));
        assertThat(imports.commit("832全量.xlsx", file).created()).isEqualTo(2);
        assertThat(service.count(PurchaseFilter.ALL.withText(prefix))).isEqualTo(2);

        as("sasac", () -> {
            var rows = service.list(PurchaseFilter.ALL.withText(prefix), Pageable.unpaged());
            assertThat(rows).extracting(PurchaseRow::orderNo).containsExactly(prefix + "-1");
            assertThat(rows.getFirst().donation()).isTrue();
            assertThat(service.totals(PurchaseFilter.ALL.withText(prefix).withDonation(true)).amount())
                    .isEqualByComparingTo("3000");
        });
        as("education", () ->
                assertThat(service.count(PurchaseFilter.ALL.withText(prefix))).isZero());
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_may_read_purchases_but_not_import_them() {
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, List.of(
                order("-1", "2026-03-05", prefix + "-AG", yanshou, "大米", "大米", 100, "已完成", "", "")));
        assertThatThrownBy(() -> imports.preview("领导.xlsx", file)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.commit("领导.xlsx", file)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(stored()).isZero();
        assertThat(service.count(PurchaseFilter.ALL.withText(prefix))).isZero();
    }
}
