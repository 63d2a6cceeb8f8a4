package cn.gov.hlj.consumptionaid.dashboard.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a user lands after signing in: leaders on the overview, task-force members on their own dashboard, everyone
 * else on the home page; a deep link asked for before signing in wins, and the home page stays reachable later.
 */
class SignInLandingTest extends DashboardTestBase {

    /** What Spring Security does at the end of an interactive sign-in (form login or Keycloak), during its request. */
    private void signInCompletes() {
        var request = (HttpServletRequest) VaadinServletRequest.getCurrent().getRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            var authentication = holder().getContext().getAuthentication();
            context.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"leader, overview", "bulletin-editor, overview", "finance, dashboard/finance",
            "education, dashboard/education", "commerce-federation, dashboard/commerce-federation",
            "finance-admin, dashboard/finance"})
    void after_signing_in_a_user_lands_on_their_dashboard(String username, String path) {
        login(username);
        UI.getCurrent().navigate("metrics/indicators");
        signInCompletes();

        UI.getCurrent().navigate("");

        assertThat(currentPath()).isEqualTo(path);
        assertThat(LocatorJ._find(DashboardView.class)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"supervisor", "admin", "province-reviewer"})
    void a_user_without_a_dashboard_lands_on_the_home_page(String username) {
        login(username);
        UI.getCurrent().navigate("metrics/indicators");
        signInCompletes();
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEmpty();
        LocatorJ._assertNone(DashboardView.class);
    }

    @Test
    void the_home_page_stays_reachable_once_the_user_has_landed() {
        login("leader");
        UI.getCurrent().navigate("metrics/indicators");
        signInCompletes();
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("overview");

        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEmpty();
        LocatorJ._assertNone(DashboardView.class);
    }

    @Test
    void a_page_asked_for_before_signing_in_is_opened_instead() {
        login("finance");
        signInCompletes();
        UI.getCurrent().navigate("metrics/indicators");
        assertThat(currentPath()).isEqualTo("metrics/indicators");
        UI.getCurrent().navigate("");
        assertThat(currentPath()).as("the landing applies once, to the first page after signing in").isEmpty();
    }

    @Test
    void without_a_sign_in_the_home_page_stays_the_home_page() {
        login("leader");
        assertThat(currentPath()).isEmpty();
        LocatorJ._assertNone(DashboardView.class);
    }

    @Test
    void a_sign_in_outside_a_web_request_marks_nothing() {
        login("leader");
        var authentication = holder().getContext().getAuthentication();
        context.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
        UI.getCurrent().navigate("metrics/indicators");
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEmpty();
    }
}
