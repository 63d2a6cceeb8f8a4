package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class WithdrawalCandidatesTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    String tag;

    @BeforeEach
    void catalogWithTrade() {
        tag = CatalogTestData.unique("无销");
        var today = LocalDate.now(clock);
        var fixtures = new CatalogFixtures(entities, applications, transaction);
        long sold = fixtures.published(CatalogTestData.YANSHOU, tag + "有销售", today.minusDays(500));
        fixtures.published(CatalogTestData.YANSHOU, tag + "无销售", today.minusDays(500));
        fixtures.published(CatalogTestData.YANSHOU, tag + "新入库", today.minusDays(60));
        long cancelled = fixtures.published(CatalogTestData.YANSHOU, tag + "仅取消订单", today.minusDays(500));
        long oldSale = fixtures.published(CatalogTestData.YANSHOU, tag + "销售已久", today.minusDays(500));
        fixtures.published(CatalogTestData.FANGZHENG, tag + "方正无销售", today.minusDays(500));
        long soldAtCounter = fixtures.published(CatalogTestData.YANSHOU, tag + "专柜有销售", today.minusDays(500));
        jdbc.update("INSERT INTO sale (version, channel_code, record_no, sale_date, product_id, product_name,"
                + " category_code, region_code, buyer_type, quantity, unit, amount) SELECT 0,"
                + " 'CONSUMPTION_AID_COUNTER', ?, ?, id, product_name, category_code, county_code, 'INDIVIDUAL', 2,"
                + " '件', 88 FROM certification_application WHERE id = ?", tag, Date.valueOf(today.minusDays(100)),
                soldAtCounter);
        jdbc.update("INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind, admin_level,"
                + " supervising_department_code, region_code, canteen) VALUES (0, ?, '候选测试单位', 'BUDGET_UNIT',"
                + " 'AGENCY', 'PROVINCE', 'FINANCE', '230000', 'OWN')", tag);
        long purchaser = jdbc.queryForObject("SELECT id FROM purchaser WHERE code = ?", Long.class, tag);
        order(purchaser, sold, today.minusDays(30), "COMPLETED");
        order(purchaser, cancelled, today.minusDays(30), "CANCELLED");
        order(purchaser, oldSale, today.minusDays(400), "COMPLETED");
    }

    private void order(long purchaser, long product, LocalDate date, String status) {
        var row = jdbc.queryForMap("SELECT market_entity_id, product_name, category_code, county_code"
                + " FROM certification_application WHERE id = ?", product);
        jdbc.update("INSERT INTO purchase (version, channel_code, order_no, order_date, purchaser_id, supplier_id,"
                        + " product_id, product_name, category_code, origin_county_code, amount, status, donation,"
                        + " consignment, union_purchase) VALUES (0, 'PLATFORM_832', ?, ?, ?, ?, ?, ?, ?, ?, 100, ?,"
                        + " FALSE, FALSE, FALSE)", tag + "-" + product, Date.valueOf(date), purchaser,
                row.get("market_entity_id"), product, row.get("product_name"), row.get("category_code"),
                row.get("county_code"), status);
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void products_listed_a_year_without_a_counted_sale_in_the_last_year_are_candidates_in_the_county() {
        var candidates = catalog.withdrawalCandidates(CatalogFilter.ALL.withText(tag));
        assertThat(candidates).extracting(CatalogEntryRow::productName)
                .containsExactlyInAnyOrder(tag + "无销售", tag + "仅取消订单", tag + "销售已久");
    }

    @Test
    @WithUserDetails("province-reviewer")
    void the_province_sees_the_candidates_of_every_county() {
        assertThat(catalog.withdrawalCandidates(CatalogFilter.ALL.withText(tag)))
                .extracting(CatalogEntryRow::productName).contains(tag + "方正无销售", tag + "无销售").hasSize(4);
    }

    @Test
    @WithUserDetails("finance")
    void a_task_force_member_cannot_list_them() {
        assertThatThrownBy(() -> catalog.withdrawalCandidates(CatalogFilter.ALL))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
