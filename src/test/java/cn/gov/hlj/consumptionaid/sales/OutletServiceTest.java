package cn.gov.hlj.consumptionaid.sales;

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

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OutletServiceTest {

    @Autowired
    OutletService service;
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

    private long outlets() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sales_outlet", Long.class);
    }

    static OutletForm form(String name, String region, Set<Long> products) {
        return new OutletForm(OutletKind.COUNTER, name, "哈尔滨市南岗区西大直街 1 号", region, "中央红超市",
                LocalDate.of(2024, 5, 1), null, OutletStatus.OPEN, products, null);
    }

    @Test
    void commerce_records_an_outlet_with_catalog_products_changes_it_and_removes_it() {
        var rice = SalesTestData.catalogProduct(jdbc, "230129", "延寿大米", "RICE");
        var fungus = SalesTestData.catalogProduct(jdbc, "230124", "方正黑木耳", "EDIBLE_FUNGI");
        as("commerce");
        assertThat(service.editable()).isTrue();
        var name = SalesTestData.unique("中央红消费扶贫专柜");

        var created = service.create(form("  " + name + " ", "230100", Set.of(rice.id(), fungus.id())));
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.productIds()).containsExactlyInAnyOrder(rice.id(), fungus.id());
        assertThat(service.products(created.productIds())).extracting(CatalogProduct::productName)
                .containsExactlyInAnyOrder("延寿大米", "方正黑木耳");
        assertThat(service.list(OutletFilter.ALL.withText(name), Pageable.unpaged())).containsExactly(created);
        assertThat(service.searchProducts(rice.catalogNumber(), 10)).extracting(CatalogProduct::id)
                .containsExactly(rice.id());

        var closed = new OutletForm(OutletKind.ZONE, name, "新地址", "230129", "中央红超市", LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 1, 31), OutletStatus.CLOSED, Set.of(rice.id()), "商场改造，专区撤销");
        var updated = service.update(created.id(), created.version(), closed);
        assertThat(updated.status()).isEqualTo(OutletStatus.CLOSED);
        assertThat(updated.productIds()).containsExactly(rice.id());
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_outlet_aud WHERE id = ?", Long.class,
                created.id())).as("each change is in the history").isEqualTo(2);

        assertThatThrownBy(() -> service.update(created.id(), created.version(), closed))
                .isInstanceOfSatisfying(SalesException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sales.error.changed"));

        service.delete(updated.id(), updated.version());
        assertThat(service.count(OutletFilter.ALL.withText(name))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_outlet_product WHERE outlet_id = ?", Long.class,
                created.id())).isZero();
    }

    @Test
    void every_rule_refuses_the_form_with_its_message_and_writes_nothing() {
        var withdrawn = SalesTestData.catalogProduct(jdbc, "230129", "已退出产品", "RICE");
        jdbc.update("UPDATE certification_application SET status = 'WITHDRAWN' WHERE id = ?", withdrawn.id());
        as("commerce");
        var taken = SalesTestData.unique("已有专柜");
        service.create(form(taken, "230100", Set.of()));
        long before = outlets();
        var name = SalesTestData.unique("新专柜");

        refused(f -> new OutletForm(f.kind(), " ", f.address(), f.regionCode(), f.operatorName(), f.openedOn(),
                f.closedOn(), f.status(), f.productIds(), f.remarks()), name, "sales.error.required",
                "sales.outlet.name");
        refused(f -> new OutletForm(null, f.name(), f.address(), f.regionCode(), f.operatorName(), f.openedOn(),
                f.closedOn(), f.status(), f.productIds(), f.remarks()), name, "sales.error.required",
                "sales.outlet.kind");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), "239999", f.operatorName(), f.openedOn(),
                f.closedOn(), f.status(), f.productIds(), f.remarks()), name, "sales.error.region-unknown", "239999");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), LocalDate.of(2024, 4, 30), OutletStatus.CLOSED, f.productIds(), f.remarks()), name,
                "sales.outlet.error.closed-before-opened");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), LocalDate.now().plusDays(5), OutletStatus.CLOSED, f.productIds(), f.remarks()), name,
                "sales.outlet.error.closed-in-future");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), LocalDate.of(2025, 1, 1), OutletStatus.OPEN, f.productIds(), f.remarks()), name,
                "sales.outlet.error.closed-needs-status");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), null, OutletStatus.CLOSED, f.productIds(), f.remarks()), name,
                "sales.outlet.error.closed-needs-date");
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), null, f.status(), Set.of(withdrawn.id()), f.remarks()), name,
                "sales.outlet.error.product-not-in-catalog", "已退出产品", withdrawn.catalogNumber());
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), null, f.status(), Set.of(-1L), f.remarks()), name, "sales.outlet.error.product-unknown",
                -1L);
        refused(f -> new OutletForm(f.kind(), f.name(), f.address(), f.regionCode(), f.operatorName(),
                f.openedOn(), null, f.status(), f.productIds(), "备".repeat(501)), name, "sales.error.too-long",
                "sales.outlet.remarks", 500);
        refused(UnaryOperator.identity(), taken, "sales.outlet.error.duplicate", taken);
        assertThat(outlets()).isEqualTo(before);
    }

    private void refused(UnaryOperator<OutletForm> change, String name, String key, Object... arguments) {
        var form = change.apply(form(name, "230100", Set.of()));
        assertThatThrownBy(() -> service.create(form)).isInstanceOfSatisfying(SalesException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }

    @Test
    void a_refusal_reads_in_the_users_language_naming_the_field() {
        var e = new SalesException("sales.error.required", "sales.outlet.name");
        var i18n = new cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider();
        assertThat(e.message((key, args) -> i18n.getTranslation(key, java.util.Locale.SIMPLIFIED_CHINESE, args)))
                .isEqualTo("请填写名称");
        assertThat(e.message((key, args) -> i18n.getTranslation(key, java.util.Locale.ENGLISH, args)))
                .isEqualTo("Please fill in Name");
    }

    @Test
    void other_departments_are_refused_and_readers_cannot_write() {
        as("commerce");
        var outlet = service.create(form(SalesTestData.unique("专柜"), "230100", Set.of()));

        as("cyberspace");
        assertThatThrownBy(() -> service.list(OutletFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(form("网信办的专柜", "230100", Set.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.find(outlet.id())).isInstanceOf(AuthorizationDeniedException.class);

        as("harbin-reviewer");
        assertThatThrownBy(() -> service.count(OutletFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);

        for (var reader : new String[] {"leader", "poverty-office"}) {
            as(reader);
            assertThat(service.find(outlet.id())).isEqualTo(outlet);
            assertThat(service.editable()).isFalse();
            assertThatThrownBy(() -> service.update(outlet.id(), outlet.version(), outlet.toForm()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.delete(outlet.id(), outlet.version()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void a_city_member_works_only_within_their_city() {
        as("commerce");
        var qiqihar = service.create(form(SalesTestData.unique("齐齐哈尔专柜"), "230200", Set.of()));
        SalesTestData.signIn(holder(), "harbin-commerce", "COMMERCE", "230100", "DEPARTMENT_MEMBER");

        var harbin = service.create(form(SalesTestData.unique("哈尔滨专柜"), "230129", Set.of()));
        assertThat(service.list(OutletFilter.ALL, Pageable.unpaged())).extracting(OutletRow::regionCode)
                .allMatch(code -> code.startsWith("2301")).contains("230129");
        assertThatThrownBy(() -> service.create(form("齐齐哈尔的专柜", "230200", Set.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.find(qiqihar.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.update(qiqihar.id(), qiqihar.version(), qiqihar.toForm()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.update(harbin.id(), harbin.version(),
                form(harbin.name(), "230221", Set.of()))).as("nor move one out of the city")
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
