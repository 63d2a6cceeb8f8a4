package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Each department sees the sales of its lens, within its region; see docs/decisions/…-sales-lenses.md. */
@IntegrationTest
class SalesLensTest {

    @Autowired
    SalesService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holderProvider;

    private String prefix;

    private SecurityContextHolderStrategy holder() {
        return holderProvider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @BeforeEach
    void storeOneSaleOfEachKind() {
        prefix = SalesTestData.unique("LENS-");
        var day = LocalDate.of(2025, 4, 1);
        var amount = new BigDecimal("100.00");
        SalesTestData.storeSale(jdbc, "PLATFORM_832", prefix + "-A", day, "230129", "230000", amount);
        SalesTestData.storeSale(jdbc, "JD", prefix + "-B", day, "230129", "110000", amount);
        SalesTestData.storeSale(jdbc, "CONSUMPTION_AID_COUNTER", prefix + "-C", day, "230129", "230000", amount);
        SalesTestData.storeSale(jdbc, "HARBIN_TRADE_FAIR", prefix + "-D", day, "230221", null, amount);
        SalesTestData.storeSale(jdbc, "GD_EW_MARKET_HLJ_HALL", prefix + "-E", day, "230221", "440000", amount);
        SalesTestData.storeSale(jdbc, "ALIBABA", prefix + "-F", day, "230221", "440000", amount);
        SalesTestData.storeSale(jdbc, "XIAOKANG_LONGJIANG", prefix + "-G", day, "230224", null, amount);
    }

    @AfterEach
    void signOut() {
        holder().clearContext();
    }

    private void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = holder().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        holder().setContext(context);
    }

    /** The letters of the stored sales the signed-in user sees. */
    private String visible() {
        var filter = SaleFilter.ALL.withText(prefix);
        var letters = new StringBuilder();
        service.list(filter, Pageable.unpaged()).stream().map(r -> r.recordNo().substring(prefix.length() + 1))
                .sorted().forEach(letters::append);
        assertThat(service.count(filter)).isEqualTo(letters.length());
        assertThat(service.total(filter).amount()).isEqualByComparingTo(BigDecimal.valueOf(100L * letters.length()));
        return letters.toString();
    }

    @Test
    void commerce_sees_the_offline_channels_and_the_exhibitions() {
        as("commerce");
        assertThat(visible()).isEqualTo("CDE");
    }

    @Test
    void cyberspace_sees_the_online_channels() {
        as("cyberspace");
        assertThat(visible()).isEqualTo("ABFG");
    }

    @Test
    void development_and_reform_sees_sales_to_guangdong_and_the_guangdong_hall() {
        as("development-reform");
        assertThat(visible()).isEqualTo("EF");
    }

    @Test
    void the_supply_cooperative_sees_the_832_platform_and_xiaokang_longjiang() {
        as("supply-cooperative");
        assertThat(visible()).isEqualTo("AG");
    }

    @Test
    void the_poverty_office_and_leaders_see_everything() {
        as("poverty-office");
        assertThat(visible()).isEqualTo("ABCDEFG");
        as("leader");
        assertThat(visible()).isEqualTo("ABCDEFG");
    }

    @Test
    void a_department_without_a_lens_sees_nothing() {
        as("finance");
        assertThat(visible()).isEmpty();
        as("education");
        assertThat(visible()).isEmpty();
    }

    @Test
    void a_city_member_sees_only_their_city_within_their_lens() {
        SalesTestData.signIn(holder(), "harbin-commerce", "COMMERCE", "230100", "DEPARTMENT_MEMBER");
        assertThat(visible()).isEqualTo("C");
        SalesTestData.signIn(holder(), "qiqihar-cyberspace", "CYBERSPACE", "230200", "DEPARTMENT_MEMBER");
        assertThat(visible()).as("泰来县 and 龙江县 are counties of 齐齐哈尔").isEqualTo("FG");
    }

    @Test
    void filters_narrow_the_lens_further() {
        as("poverty-office");
        var filter = SaleFilter.ALL.withText(prefix);
        assertThat(service.count(filter.withChannel("JD"))).isEqualTo(1);
        assertThat(service.count(filter.withRegion("230200"))).isEqualTo(4);
        assertThat(service.count(filter.withRegion("230221"))).isEqualTo(3);
        assertThat(service.count(filter.withBuyerType(BuyerType.ENTERPRISE))).isZero();
        assertThat(service.count(filter.withCategory("RICE"))).isEqualTo(7);
        assertThat(service.count(filter.withPeriod(LocalDate.of(2025, 4, 2), null))).isZero();
        assertThat(service.count(filter.withPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1)))).isEqualTo(7);
    }

    @Test
    void reviewers_and_supervisors_are_refused() {
        as("harbin-reviewer");
        assertThatThrownBy(() -> service.list(SaleFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        as("supervisor");
        assertThatThrownBy(() -> service.total(SaleFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
