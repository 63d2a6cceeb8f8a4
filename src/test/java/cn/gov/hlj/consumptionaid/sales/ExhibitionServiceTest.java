package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ExhibitionServiceTest {

    private static final LocalDate START = LocalDate.of(2025, 6, 15);
    private static final LocalDate END = LocalDate.of(2025, 6, 19);

    @Autowired
    ExhibitionService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holderProvider;

    private SecurityContextHolderStrategy holder() {
        return holderProvider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = holder().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        holder().setContext(context);
    }

    @AfterEach
    void signOut() {
        holder().clearContext();
    }

    static ExhibitionForm form(String name, String region) {
        return new ExhibitionForm("HARBIN_TRADE_FAIR", name, START, END, "哈尔滨国际会展中心", "黑龙江省人民政府", region,
                null);
    }

    static DealForm deal(String project, String creditCode, String supplier, String amount, LocalDate signedOn) {
        return new DealForm(project, creditCode, supplier, "广州江楠农产品集团有限公司",
                amount == null ? null : new BigDecimal(amount), signedOn);
    }

    @Test
    void commerce_records_an_exhibition_and_its_deals_and_the_list_totals_them() {
        var rice = SalesTestData.catalogProduct(jdbc, "230129", "延寿大米", "RICE");
        var creditCode = SalesTestData.creditCodeOf(jdbc, rice.producerId());
        as("commerce");
        var name = SalesTestData.unique("第三十四届哈洽会");
        var exhibition = service.create(form(name, "230000"));

        var registered = service.addDeal(exhibition.id(),
                deal("延寿大米进粤项目", " " + creditCode.toLowerCase() + " ", "随便写的名称", "12000000", START));
        assertThat(registered.supplierId()).isEqualTo(rice.producerId());
        assertThat(registered.supplierName()).as("the registered name").isEqualTo(rice.producerName());
        assertThat(registered.supplierCreditCode()).isEqualTo(creditCode);
        var unregistered = service.addDeal(exhibition.id(),
                deal("五常大米直供项目", "", "五常市某粮食加工厂", "3500000.5", END));
        assertThat(unregistered.supplierId()).isNull();
        assertThat(unregistered.amount()).isEqualByComparingTo("3500000.50");

        var listed = service.list(ExhibitionFilter.ALL.withText(name), Pageable.unpaged());
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.deals()).isEqualTo(2);
            assertThat(row.dealAmount()).isEqualByComparingTo("15500000.50");
        });
        assertThat(service.count(ExhibitionFilter.ALL.withText(name).withYear(2024))).isZero();
        assertThat(service.count(ExhibitionFilter.ALL.withText(name).withYear(2025)
                .withChannel("HARBIN_TRADE_FAIR"))).isEqualTo(1);

        var changed = service.updateDeal(unregistered.id(), unregistered.version(),
                deal("五常大米直供项目（扩大）", null, "五常市某粮食加工厂", "4000000", END.minusDays(1)));
        assertThat(changed.amount()).isEqualByComparingTo("4000000.00");
        assertThat(service.deals(exhibition.id())).extracting(DealRow::projectName)
                .containsExactly("延寿大米进粤项目", "五常大米直供项目（扩大）");

        var shorter = new ExhibitionForm("HARBIN_TRADE_FAIR", name, START.plusDays(1), END, "哈尔滨国际会展中心",
                "黑龙江省人民政府", "230000", null);
        var current = service.find(exhibition.id());
        assertThatThrownBy(() -> service.update(exhibition.id(), current.version(), shorter))
                .isInstanceOfSatisfying(SalesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("sales.exhibition.error.deals-outside-dates"));

        service.removeDeal(registered.id(), registered.version());
        assertThat(service.deals(exhibition.id())).hasSize(1);
        var updated = service.update(exhibition.id(), current.version(), shorter);
        assertThat(updated.startsOn()).isEqualTo(START.plusDays(1));
        assertThat(updated.deals()).isEqualTo(1);

        service.delete(updated.id(), updated.version());
        assertThat(service.count(ExhibitionFilter.ALL.withText(name))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_exhibition_deal WHERE exhibition_id = ?",
                Long.class, exhibition.id())).isZero();
    }

    @Test
    void the_rules_of_exhibitions_and_deals_refuse_bad_input_and_write_nothing() {
        as("commerce");
        var taken = service.create(form(SalesTestData.unique("已有的哈洽会"), "230000"));
        long exhibitions = jdbc.queryForObject("SELECT COUNT(*) FROM sales_exhibition", Long.class);
        var name = SalesTestData.unique("新展会");

        refused(() -> service.create(new ExhibitionForm("JD", name, START, END, "地点", "主办", "230000", null)),
                "sales.exhibition.error.channel-not-exhibition");
        refused(() -> service.create(new ExhibitionForm("HARBIN_TRADE_FAIR", name, END, START, "地点", "主办",
                "230000", null)), "sales.exhibition.error.ends-before-start");
        refused(() -> service.create(new ExhibitionForm("HARBIN_TRADE_FAIR", name, START, START.plusDays(40), "地点",
                "主办", "230000", null)), "sales.exhibition.error.too-long");
        refused(() -> service.create(new ExhibitionForm("HARBIN_TRADE_FAIR", name, START, END, "", "主办", "230000",
                null)), "sales.error.required");
        refused(() -> service.create(form(taken.name(), "230000")), "sales.exhibition.error.duplicate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_exhibition", Long.class)).isEqualTo(exhibitions);

        long deals = jdbc.queryForObject("SELECT COUNT(*) FROM sales_exhibition_deal", Long.class);
        refused(() -> service.addDeal(taken.id(), deal("项目", null, "供货方", "100", START.minusDays(1))),
                "sales.deal.error.signed-outside");
        refused(() -> service.addDeal(taken.id(), deal("项目", "91230000ABCDEFGHI", "供货方", "100", START)),
                "sales.deal.error.credit-code");
        refused(() -> service.addDeal(taken.id(), deal("项目", CatalogTestData.creditCode("230129"), "", "100",
                START)), "sales.deal.error.supplier-unknown");
        refused(() -> service.addDeal(taken.id(), deal("项目", null, "供货方", "0", START)), "sales.deal.error.amount");
        refused(() -> service.addDeal(taken.id(), deal("项目", null, "供货方", "1.234", START)),
                "sales.deal.error.amount");
        refused(() -> service.addDeal(taken.id(), deal("项目", null, "", "100", START)), "sales.error.required");
        refused(() -> service.addDeal(taken.id(), new DealForm("项目", null, "供货方", " ", BigDecimal.TEN, START)),
                "sales.error.required");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_exhibition_deal", Long.class)).isEqualTo(deals);
    }

    private static void refused(Runnable command, String key) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(SalesException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void other_departments_are_refused_readers_cannot_write_and_a_city_sees_its_own() {
        as("commerce");
        var provincial = service.create(form(SalesTestData.unique("省级展会"), "230000"));
        var deal = service.addDeal(provincial.id(), deal("项目", null, "供货方", "100", START));

        as("cyberspace");
        assertThatThrownBy(() -> service.list(ExhibitionFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.deals(provincial.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.addDeal(provincial.id(), deal("项目", null, "供货方", "100", START)))
                .isInstanceOf(AuthorizationDeniedException.class);

        as("leader");
        assertThat(service.deals(provincial.id())).containsExactly(deal);
        assertThatThrownBy(() -> service.removeDeal(deal.id(), deal.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(form("领导的展会", "230000")))
                .isInstanceOf(AuthorizationDeniedException.class);

        SalesTestData.signIn(holder(), "harbin-commerce", "COMMERCE", "230100", "DEPARTMENT_MEMBER");
        var city = service.create(form(SalesTestData.unique("哈尔滨展会"), "230100"));
        assertThat(service.list(ExhibitionFilter.ALL, Pageable.unpaged())).extracting(ExhibitionRow::id)
                .contains(city.id()).doesNotContain(provincial.id());
        assertThatThrownBy(() -> service.find(provincial.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.updateDeal(deal.id(), deal.version(), deal.toForm()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
