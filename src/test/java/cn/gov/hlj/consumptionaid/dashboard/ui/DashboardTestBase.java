package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.metrics.RollupService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The dashboards' UI tests: their own database (so that the generated purchases, sales and registry do not disturb
 * other modules' tests) filled once with {@link MetricsTestData} and rolled up, and sign-in as a demo account or as a
 * made-up user (a task-force member of one prefecture).
 */
@TestPropertySource(properties = "portal.test.database=dashboard")
abstract class DashboardTestBase extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RollupService rollups;
    @Autowired
    IndicatorService indicators;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    @BeforeEach
    void generateOnce() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class) > 0) {
            return;
        }
        var data = new MetricsTestData(jdbc, 20261128L, LocalDate.now(clock));
        data.registry(600);
        data.purchaseBatch(6_000);
        data.saleBatch(4_000);
        as(new AppUser("test-admin", "管理员", null, "230000", Set.of(AppRoles.ADMIN), null));
        rollups.rebuild();
        holder().clearContext();
    }

    SecurityContextHolderStrategy holder() {
        return holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Signs in as a user who exists only in this test, as the form login would, and opens the home page. */
    void loginAs(AppUser user) {
        var authentication = as(user);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.roles().contains(role));
        UI.getCurrent().navigate("");
    }

    private UsernamePasswordAuthenticationToken as(AppUser user) {
        var authorities = AppRoles.authoritiesOf(user.roles()).stream().map(SimpleGrantedAuthority::new).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new Principal(user), null,
                authorities);
        var context = holder().createEmptyContext();
        context.setAuthentication(authentication);
        holder().setContext(context);
        return authentication;
    }

    private record Principal(AppUser appUser) implements AppUserPrincipal {
        @Override
        public AppUser getAppUser() {
            return appUser;
        }
    }

    <T extends Component> T open(String username, Class<T> view) {
        login(username);
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    <T extends Component> T openAs(AppUser user, Class<T> view) {
        loginAs(user);
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /** What a KPI card shows for a value: 万元 for money (2 digits), counts whole, rates with 2 digits. */
    static String shown(BigDecimal value, boolean money, int digits) {
        var scaled = (money ? value.divide(BigDecimal.valueOf(10_000)) : value).setScale(digits, RoundingMode.HALF_UP);
        var format = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(scaled);
    }

    /** The path of the view shown now ("" for the home page). */
    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
