package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountFilter;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.LoginEventRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal in the {@code keycloak} profile against a real Keycloak 26 with the realm of docker/keycloak and its
 * demo users ({@code .ci/keycloak-server start}); headless Chromium signs in on Keycloak's own page.
 */
@Tag("keycloak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18080"})
@Import(TestClockConfiguration.class)
@ActiveProfiles({"keycloak", "test"})
class KeycloakSsoTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    AccountDirectory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contextHolder;

    @org.springframework.test.context.DynamicPropertySource
    static void keycloak(org.springframework.test.context.DynamicPropertyRegistry registry) {
        for (var property : KeycloakTestServer.PROPERTIES) {
            var parts = property.split("=", 2);
            registry.add(parts[0], () -> parts[1]);
        }
    }

    private void actAs(String username, String department, String region, String... roles) {
        var strategy = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        strategy.getContext().setAuthentication(KeycloakTestServer.signedIn(username, department, region, roles));
    }

    @AfterEach
    void signOut() {
        contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    private static void signInOnKeycloak(WebDriver driver, String username, String password) {
        var wait = new WebDriverWait(driver, WAIT);
        driver.get(KeycloakTestServer.PORTAL + "/");
        wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    private static void waitForPortal(WebDriver driver) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(KeycloakTestServer.PORTAL)
                && !d.findElements(By.id("main-nav")).isEmpty());
    }

    @Test
    void a_task_force_member_signs_in_on_keycloaks_chinese_page_and_lands_on_their_dashboard_without_administration()
            throws Exception {
        try (var browser = new KeycloakTestServer.Browser()) {
            var driver = browser.driver;
            driver.get(KeycloakTestServer.PORTAL + "/");
            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
            assertThat(driver.getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER).contains("ui_locales=zh-CN");
            assertThat(driver.getPageSource()).contains("登录到您的账户");
            browser.screenshot("keycloak-01-login-page");

            signInOnKeycloak(driver, "finance", KeycloakTestServer.DEMO_PASSWORD);
            waitForPortal(driver);
            // The sign-in ends on the department's dashboard (the dashboard module's landing rule).
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/dashboard/finance")
                    && !d.findElements(By.id("dashboard-caption")).isEmpty());
            browser.screenshot("keycloak-02-portal-finance");
            assertThat(driver.findElement(By.id("user-menu")).getText()).contains("省财政厅专班");
            assertThat(driver.findElement(By.id("main-nav")).getText()).contains("贫困县分布", "省财政厅", "专班看板")
                    .doesNotContain("系统管理", "账号管理", "全省总览", "省教育厅");
            assertThat(driver.getPageSource()).contains("省财政厅工作专班看板", "预留份额完成率");
            // The single sign-on login is in the portal's audit log, with the region of the token.
            assertThat(jdbc.queryForList("SELECT region_code FROM security_event WHERE username = 'finance'"
                    + " AND event_type = 'LOGIN'", String.class)).contains("230000");
        }
    }

    @Test
    void an_administrator_signs_in_and_sees_the_account_administration_in_the_menu() throws Exception {
        try (var browser = new KeycloakTestServer.Browser()) {
            signInOnKeycloak(browser.driver, "admin", KeycloakTestServer.DEMO_PASSWORD);
            waitForPortal(browser.driver);
            assertThat(browser.driver.findElement(By.id("main-nav")).getText()).contains("系统管理", "账号管理");
            browser.driver.get(KeycloakTestServer.PORTAL + "/admin/accounts");
            new WebDriverWait(browser.driver, WAIT).until(d -> d.getPageSource().contains("finance-admin"));
            browser.screenshot("keycloak-03-accounts-view");
            assertThat(browser.driver.getPageSource()).contains("账号管理", "education");
        }
    }

    @Test
    void a_user_created_in_the_portal_signs_in_with_a_new_password_and_cannot_once_disabled() throws Exception {
        var username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        actAs("admin", null, "230000", AppRoles.ADMIN);
        directory.create(new NewAccount(username, new AccountDetails("集成测试用户", null, "0451-86600000"),
                "EDUCATION", "230100", Set.of(AppRoles.DEPARTMENT_MEMBER), "Temp#2026a"));
        var created = directory.find(username).orElseThrow();
        assertThat(created.departmentCode()).isEqualTo("EDUCATION");
        assertThat(created.regionCode()).isEqualTo("230100");
        assertThat(created.roles()).containsExactly(AppRoles.DEPARTMENT_MEMBER);
        assertThat(created.passwordChangeRequired()).isTrue();

        try (var browser = new KeycloakTestServer.Browser()) {
            var driver = browser.driver;
            signInOnKeycloak(driver, username, "Temp#2026a");
            // The temporary password must be replaced on Keycloak's page first.
            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("password-new")).isEmpty());
            driver.findElement(By.id("password-new")).sendKeys("Harbin#2026b");
            driver.findElement(By.id("password-confirm")).sendKeys("Harbin#2026b");
            driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            waitForPortal(driver);
            browser.screenshot("keycloak-04-new-user");
            assertThat(driver.findElement(By.id("user-menu")).getText()).contains("集成测试用户");
        }
        assertThat(directory.sessions(username)).hasSize(1);
        assertThat(directory.recentLoginEvents(username, 10)).extracting(LoginEventRow::type).contains("LOGIN");

        directory.setEnabled(username, false);
        assertThat(directory.sessions(username)).isEmpty();
        try (var browser = new KeycloakTestServer.Browser()) {
            signInOnKeycloak(browser.driver, username, "Harbin#2026b");
            new WebDriverWait(browser.driver, WAIT).until(d -> d.getPageSource().contains("账户已被禁用"));
            browser.screenshot("keycloak-05-disabled");
            assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER);
        }
    }

    @Test
    void a_user_locked_by_brute_force_detection_shows_as_locked_in_the_account_list() throws Exception {
        var username = "it-lock-" + UUID.randomUUID().toString().substring(0, 8);
        actAs("admin", null, "230000", AppRoles.ADMIN);
        directory.create(new NewAccount(username, new AccountDetails("锁定测试用户", null, null), "EDUCATION",
                "230100", Set.of(AppRoles.DEPARTMENT_MEMBER), "Temp#2026a"));
        var filter = new AccountDirectory.AccountFilter(username, null, null, null);
        assertThat(directory.list(filter, org.springframework.data.domain.PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.locked()).isFalse());
        try (var browser = new KeycloakTestServer.Browser()) {
            // The realm locks an account for 15 minutes after 5 failures (failureFactor 5).
            for (int attempt = 0; attempt < 5; attempt++) {
                signInOnKeycloak(browser.driver, username, "Wrong#2026x" + attempt);
                new WebDriverWait(browser.driver, WAIT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
                browser.driver.manage().deleteAllCookies();
            }
        }
        assertThat(directory.list(filter, org.springframework.data.domain.PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.locked()).isTrue());
        assertThat(directory.find(username).orElseThrow().locked()).isTrue();
    }

    @Test
    void an_administrator_ends_a_users_session_and_the_user_must_sign_in_again_in_the_portal() throws Exception {
        try (var browser = new KeycloakTestServer.Browser()) {
            var driver = browser.driver;
            signInOnKeycloak(driver, "commerce", KeycloakTestServer.DEMO_PASSWORD);
            waitForPortal(driver);

            actAs("admin", null, "230000", AppRoles.ADMIN);
            var sessions = directory.sessions("commerce");
            assertThat(sessions).hasSize(1);
            assertThat(sessions.getFirst().clients()).contains("consumption-aid-portal");
            assertThat(sessions.getFirst().ipAddress()).isEqualTo("127.0.0.1");
            directory.endSession("commerce", sessions.getFirst().id());
            assertThat(directory.sessions("commerce")).isEmpty();
            assertThat(jdbc.queryForList("SELECT actor FROM security_event WHERE username = 'commerce'"
                    + " AND event_type = 'SESSION_ENDED'", String.class)).contains("admin");

            // Keycloak's back-channel logout has ended the portal's session too: the next visit asks to sign in.
            driver.get(KeycloakTestServer.PORTAL + "/");
            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
            assertThat(driver.getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER);
        }
    }

    @Test
    void logging_out_of_the_portal_ends_the_keycloak_session_too() throws Exception {
        actAs("admin", null, "230000", AppRoles.ADMIN);
        directory.sessions("cyberspace").forEach(session -> directory.endSession("cyberspace", session.id()));
        try (var browser = new KeycloakTestServer.Browser()) {
            var driver = browser.driver;
            signInOnKeycloak(driver, "cyberspace", KeycloakTestServer.DEMO_PASSWORD);
            waitForPortal(driver);
            assertThat(directory.sessions("cyberspace")).hasSize(1);

            var wait = new WebDriverWait(driver, WAIT);
            driver.findElement(By.id("user-menu-top")).click();
            wait.until(d -> !d.findElements(By.id("user-menu-logout")).isEmpty()
                    && d.findElement(By.id("user-menu-logout")).isDisplayed());
            driver.findElement(By.id("user-menu-logout")).click();

            // Keycloak ends its session and sends the browser back to the portal, which asks to sign in again.
            wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
            browser.screenshot("keycloak-07-after-logout");
            assertThat(driver.getCurrentUrl()).startsWith(KeycloakTestServer.ISSUER);
            assertThat(directory.sessions("cyberspace")).isEmpty();
        }
    }

    @Test
    void another_accounts_session_cannot_be_ended_through_someone_elses_account() {
        actAs("admin", null, "230000", AppRoles.ADMIN);
        assertThatThrownBy(() -> directory.endSession("leader", "not-a-session-of-leader"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.session-not-found"));
    }

    @Test
    void a_finance_administrator_can_neither_see_nor_change_an_education_account() {
        actAs("finance-admin", "FINANCE", "230000", AppRoles.ADMIN, AppRoles.DEPARTMENT_MEMBER);

        var visible = directory.list(AccountFilter.all(), PageRequest.of(0, 100));
        assertThat(visible).extracting(AccountRow::username).contains("finance", "finance-admin")
                .doesNotContain("education", "admin");
        assertThat(visible).extracting(AccountRow::departmentCode).containsOnly("FINANCE");
        assertThat(directory.find("education")).isEmpty();
        assertThatThrownBy(() -> directory.setEnabled("education", false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.not-found"));
        assertThatThrownBy(() -> directory.resetPassword("education", "Changed#2026"))
                .isInstanceOf(AccountException.class);

        actAs("admin", null, "230000", AppRoles.ADMIN);
        assertThat(directory.find("education").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_role_beyond_the_administrators_own_cannot_be_granted_and_nothing_is_written() {
        actAs("finance-admin", "FINANCE", "230000", AppRoles.ADMIN, AppRoles.DEPARTMENT_MEMBER);
        var username = "it-leader-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> directory.create(new NewAccount(username, new AccountDetails("越权", null, null),
                "FINANCE", "230000", Set.of(AppRoles.LEADER), "Temp#2026a")))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.role-beyond-own"));
        assertThatThrownBy(() -> directory.assignRoles("finance", Set.of(AppRoles.DEPARTMENT_MEMBER,
                AppRoles.LEADER))).isInstanceOf(AccountException.class);

        actAs("admin", null, "230000", AppRoles.ADMIN);
        assertThat(directory.find(username)).isEmpty();
        assertThat(directory.find("finance").orElseThrow().roles()).containsExactly(AppRoles.DEPARTMENT_MEMBER);
    }

    @Test
    void a_password_keycloak_refuses_gets_its_message_and_leaves_no_account() {
        actAs("admin", null, "230000", AppRoles.ADMIN);
        var username = "it-weak-" + UUID.randomUUID().toString().substring(0, 8);
        // Three classes, as the portal's policy asks, but no upper case, which the realm's policy requires.
        assertThatThrownBy(() -> directory.create(new NewAccount(username, new AccountDetails("弱密码", null, null),
                "FINANCE", "230000", Set.of(AppRoles.DEPARTMENT_MEMBER), "harbin#2026")))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.password.keycloak-policy"));
        assertThat(directory.find(username)).isEmpty();
    }

    @Test
    void the_current_user_of_a_keycloak_login_has_the_scope_of_their_token() {
        actAs("yanshou-reviewer", "POVERTY_OFFICE", "230129", AppRoles.COUNTY_REVIEWER);
        var scope = currentUser.scope().orElseThrow();
        assertThat(scope.regionPrefix()).isEqualTo("230129");
        assertThat(scope.allDepartments()).isTrue();
    }
}
