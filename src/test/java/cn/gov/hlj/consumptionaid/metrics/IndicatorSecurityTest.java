package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.purchasing.PurchasesImported;
import cn.gov.hlj.consumptionaid.sales.SalesImported;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may query which indicator, and the data scope on every figure: a department's task force its own (and shared)
 * indicators, leaders all, users without dashboard rights none; a filter region outside the user's region is
 * refused; a prefecture's user sees only the prefecture's figures; only an administrator of the whole portal rebuilds.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.test.database=metrics")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorSecurityTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    SignIn signIn;
    IndicatorFilter thisYear;

    @BeforeAll
    void importSomeData() {
        var data = new MetricsTestData(jdbc, 5, LocalDate.now(clock));
        transaction.executeWithoutResult(status -> {
            data.registry(120);
            events.publishEvent(new PurchasesImported(data.purchaseBatch(600), 600));
            events.publishEvent(new SalesImported(data.saleBatch(300), 300));
        });
    }

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
        thisYear = IndicatorFilter.of(Period.year(LocalDate.now(clock).getYear()));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_task_force_member_queries_the_indicators_of_their_own_department() {
        signIn.as("finance");
        assertThat(indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, thisYear).value()).isPositive();
        assertThat(indicators.breakdown(Indicator.FINANCE_COMPLETED_AMOUNT, Dimension.CITY, thisYear, 5)).isNotEmpty();
        assertThat(indicators.trend(Indicator.FINANCE_COMPLETION_RATE, thisYear)).hasSize(12);
        assertThat(indicators.sourceRows(Indicator.FINANCE_COMPLETED_AMOUNT, thisYear, PageRequest.of(0, 3)))
                .hasSize(3);
        assertThat(indicators.unitCompletions(thisYear, false, PageRequest.of(0, 5))).hasSize(5);
        assertThat(indicators.visibleIndicators()).isNotEmpty()
                .allMatch(indicator -> indicator.visibleTo("FINANCE"));
    }

    @Test
    void a_task_force_member_is_refused_another_departments_indicators() {
        signIn.as("finance");
        assertThatThrownBy(() -> indicators.value(Indicator.EDUCATION_PARTICIPATING_SCHOOLS, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.breakdown(Indicator.SASAC_DONATION_AMOUNT, Dimension.PURCHASER,
                thisYear, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.trend(Indicator.POVERTY_SALES_AMOUNT, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.sourceRows(Indicator.SASAC_PURCHASE_AMOUNT, thisYear,
                PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.countSourceRows(Indicator.SASAC_PURCHASE_AMOUNT, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("education");
        assertThatThrownBy(() -> indicators.unitCompletions(thisYear, true, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.countUnitCompletions(thisYear, true))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_indicator_shared_with_a_department_is_open_to_it_and_to_nobody_else() {
        signIn.as("agriculture");
        assertThat(indicators.value(Indicator.POVERTY_CERTIFIED_PRODUCTS, thisYear).value()).isPositive();
        assertThatThrownBy(() -> indicators.value(Indicator.POVERTY_SALES_AMOUNT, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("sasac");
        assertThatThrownBy(() -> indicators.value(Indicator.POVERTY_CERTIFIED_PRODUCTS, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_leader_queries_every_indicator() {
        signIn.as("leader");
        assertThat(indicators.visibleIndicators()).containsExactly(Indicator.values());
        for (var indicator : Indicator.values()) {
            assertThat(indicators.value(indicator, thisYear).value()).as(indicator.code()).isNotNull();
        }
    }

    @Test
    void users_without_dashboard_rights_and_anonymous_callers_are_refused() {
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> indicators.value(Indicator.POVERTY_CERTIFIED_PRODUCTS, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.visibleIndicators()).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("supervisor");
        assertThatThrownBy(() -> indicators.value(Indicator.POVERTY_COMPLAINTS_OPEN, thisYear))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> indicators.value(Indicator.FINANCE_BUDGET_UNITS, thisYear))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_filter_region_outside_the_users_region_is_refused() {
        signIn.as("FINANCE", "230100", AppRoles.DEPARTMENT_MEMBER);
        assertThat(indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, thisYear.withRegion("230102"))).isNotNull();
        assertThatThrownBy(() -> indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, thisYear.withRegion("230200")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> indicators.breakdown(Indicator.FINANCE_COMPLETED_AMOUNT, Dimension.COUNTY,
                thisYear.withRegion("230000"), 0)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_prefecture_user_sees_only_the_prefectures_figures() {
        signIn.as("leader");
        var harbin = indicators.value(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear.withRegion("230100")).value();
        var province = indicators.value(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear).value();
        var harbinRows = indicators.countSourceRows(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear.withRegion("230100"));
        signIn.as("POVERTY_OFFICE", "230100", AppRoles.DEPARTMENT_MEMBER);
        assertThat(indicators.value(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear).value()).isEqualByComparingTo(harbin)
                .isLessThan(province);
        assertThat(indicators.countSourceRows(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear)).isEqualTo(harbinRows);
        assertThat(indicators.breakdown(Indicator.POVERTY_PURCHASE_AMOUNT, Dimension.COUNTY, thisYear, 0))
                .allMatch(row -> row.key().startsWith("2301"));
        assertThat(indicators.sourceRows(Indicator.POVERTY_PURCHASE_AMOUNT, thisYear, PageRequest.of(0, 50)))
                .allMatch(row -> row.regionCode().startsWith("2301"));
    }

    @Test
    void only_an_administrator_of_the_whole_portal_rebuilds_the_rollups() {
        signIn.as("finance-admin");
        assertThatThrownBy(() -> rollups.rebuild()).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("leader");
        assertThatThrownBy(() -> rollups.rebuild()).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("admin");
        var report = rollups.rebuild();
        assertThat(report.purchases()).isPositive();
        assertThat(report.rollupRows()).isPositive();
    }

    @Test
    void every_indicator_has_a_name_and_a_definition_in_both_languages() {
        var i18n = new cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider();
        Arrays.stream(Indicator.values()).forEach(indicator -> {
            for (var locale : cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider.LOCALES) {
                assertThat(i18n.getTranslation(indicator.nameKey(), locale)).doesNotStartWith("!");
                assertThat(i18n.getTranslation(indicator.definitionKey(), locale)).doesNotStartWith("!");
            }
            assertThat(Indicator.byCode(indicator.code())).contains(indicator);
        });
    }
}
