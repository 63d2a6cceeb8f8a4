package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.FANGZHENG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.entityForm;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class MarketEntityServiceTest {

    @Autowired
    MarketEntityService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private int rowsWithCode(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM market_entity WHERE credit_code = ?", Integer.class, code);
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_county_reviewer_registers_an_entity_of_their_county_and_finds_it_in_the_registry() {
        var name = unique("延寿县兴农水稻种植专业合作社");
        var form = entityForm(YANSHOU, name).withLeadingEnterprise(true);
        var row = service.register(form);

        assertThat(row.creditCode()).isEqualTo(form.creditCode());
        assertThat(row.countyCode()).isEqualTo(YANSHOU);
        assertThat(row.priority()).isTrue();
        assertThat(row.blacklisted()).isFalse();
        assertThat(service.list(MarketEntityFilter.ALL.withText(name), Pageable.unpaged()))
                .extracting(MarketEntityRow::id).containsExactly(row.id());
        assertThat(service.count(MarketEntityFilter.ALL.withText(form.creditCode().toLowerCase()))).isOne();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_county_reviewer_cannot_register_an_entity_of_another_county() {
        var form = entityForm(FANGZHENG, unique("方正县合作社"));
        assertThatThrownBy(() -> service.register(form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(rowsWithCode(form.creditCode())).isZero();
    }

    @Test
    @WithUserDetails("harbin-reviewer")
    void a_city_reviewer_cannot_register_entities_at_all() {
        var form = entityForm(YANSHOU, unique("延寿县合作社"));
        assertThatThrownBy(() -> service.register(form)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(rowsWithCode(form.creditCode())).isZero();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_wrong_credit_code_is_refused_with_a_clear_message_and_nothing_is_written() {
        var form = entityForm(YANSHOU, unique("延寿县合作社")).withCreditCode("91350100M000100Y44");
        assertThatThrownBy(() -> service.register(form)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("统一社会信用代码“91350100M000100Y44”的校验码“4”不正确，请核对后重新填写。"));
        assertThat(rowsWithCode("91350100M000100Y44")).isZero();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_missing_name_is_refused_naming_the_field() {
        var form = entityForm(YANSHOU, " ");
        assertThatThrownBy(() -> service.register(form)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("请填写市场主体名称。"));
        assertThat(rowsWithCode(form.creditCode())).isZero();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_credit_code_is_registered_only_once() {
        var first = service.register(entityForm(YANSHOU, unique("延寿县甲合作社")));
        var again = entityForm(YANSHOU, unique("延寿县乙合作社")).withCreditCode(first.creditCode());
        assertThatThrownBy(() -> service.register(again)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("统一社会信用代码“" + first.creditCode() + "”已登记（"
                        + first.name() + "），不能重复登记。"));
        assertThat(rowsWithCode(first.creditCode())).isOne();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_county_reviewer_edits_an_entity_and_a_stale_version_is_refused() {
        var row = service.register(entityForm(YANSHOU, unique("延寿县丙合作社")));
        var renamed = service.update(row.id(), row.version(), row.toForm().withName("延寿县丙水稻合作社"));
        assertThat(renamed.name()).isEqualTo("延寿县丙水稻合作社");
        assertThat(renamed.version()).isGreaterThan(row.version());

        assertThatThrownBy(() -> service.update(row.id(), row.version(), row.toForm().withName("旧版本的修改")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("该记录已被其他人修改，请刷新后重试。"));
        assertThat(service.find(row.id()).name()).isEqualTo("延寿县丙水稻合作社");
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void an_entity_cannot_be_moved_to_another_county() {
        var row = service.register(entityForm(YANSHOU, unique("延寿县丁合作社")));
        assertThatThrownBy(() -> service.update(row.id(), row.version(), row.toForm().withCountyCode(FANGZHENG)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.find(row.id()).countyCode()).isEqualTo(YANSHOU);
    }

    @Test
    @WithUserDetails("province-reviewer")
    void the_province_sees_every_county_and_a_county_reviewer_only_their_own() {
        // registered through the repository-free path: as the county reviewers of each county would
        var name = unique("名录测试合作社");
        var yanshou = registerAs(YANSHOU, name);
        var longjiang = registerAs(LONGJIANG, name);
        assertThat(service.list(MarketEntityFilter.ALL.withText(name), Pageable.unpaged()))
                .extracting(MarketEntityRow::id).containsExactlyInAnyOrder(yanshou, longjiang);
        assertThat(service.list(MarketEntityFilter.ALL.withText(name).withRegionCode("230200"), Pageable.unpaged()))
                .extracting(MarketEntityRow::id).containsExactly(longjiang);
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_county_reviewer_neither_lists_nor_opens_an_entity_of_another_county() {
        var name = unique("他县合作社");
        var longjiang = registerAs(LONGJIANG, name);
        assertThat(service.list(MarketEntityFilter.ALL.withText(name), Pageable.unpaged())).isEmpty();
        assertThatThrownBy(() -> service.find(longjiang)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_blacklists_an_entity_and_only_the_province_removes_it() {
        var id = registerAs(YANSHOU, unique("失信合作社"));
        var row = service.find(id);
        var listed = service.blacklist(id, row.version(), "虚报带贫人数", "县扶贫办核查报告");
        assertThat(listed.blacklisted()).isTrue();
        assertThat(listed.blacklistReason()).isEqualTo("虚报带贫人数");
        assertThat(events.stream(MarketEntityBlacklisted.class))
                .anyMatch(e -> e.entityId() == id && e.reason().equals("虚报带贫人数"));
        assertThatThrownBy(() -> service.removeFromBlacklist(id, listed.version(), "已整改"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.find(id).blacklisted()).isTrue();
    }

    /** Registers an entity as the county's own reviewer would (the demo data has one only for 延寿县). */
    private long registerAs(String county, String name) {
        return jdbc.queryForObject("SELECT id FROM market_entity WHERE credit_code = ?", Long.class,
                insert(county, name));
    }

    private String insert(String county, String name) {
        var code = CatalogTestData.creditCode(county);
        jdbc.update("""
                INSERT INTO market_entity (version, credit_code, name, entity_type, county_code, legal_representative,
                    contact, helps_by_wages, helps_by_assets, helps_by_business_income, leading_enterprise,
                    hundred_enterprises, blacklisted)
                VALUES (0, ?, ?, 'ENTERPRISE', ?, '李明', '0452-1234567', TRUE, FALSE, FALSE, FALSE, FALSE, FALSE)
                """, code, name, county);
        return code;
    }
}
