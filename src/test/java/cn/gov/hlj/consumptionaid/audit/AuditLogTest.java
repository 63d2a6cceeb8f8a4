package cn.gov.hlj.consumptionaid.audit;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.ChangeKind;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.RevisionFilter;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.SecurityEventFilter;
import cn.gov.hlj.consumptionaid.audit.AuditLogService.SecurityEventRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log of the production issue (等保 2.0): sign-ins and failed sign-ins, account and permission changes with
 * before and after, data changes field by field, the region scope of a supervisor, the refusals, and the retention.
 */
@IntegrationTest
class AuditLogTest {

    private static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    AuditLogService audit;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired
    JdbcTemplate jdbc;

    SignIn signIn;
    AuthenticationManager login;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
        // The form login's wiring: the accounts' user details, BCrypt, and Spring Security's authentication events.
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        login = manager;
    }

    @AfterEach
    void tearDown() {
        signIn.out();
    }

    private List<SecurityEventRow> eventsOf(String username) {
        signIn.as("supervisor");
        try {
            return audit.securityEvents(new SecurityEventFilter(username, null, null, null), PAGE).stream()
                    .filter(event -> event.username().equals(username))
                    .toList();
        } finally {
            signIn.out();
        }
    }

    @Test
    void a_sign_in_and_a_failed_sign_in_are_recorded_once_each_with_the_users_region() {
        var success = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("yanshou-reviewer",
                "Hlj@2026"));
        // The interactive event that follows a form login must not record the same login twice.
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(success, getClass()));
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "yanshou-reviewer", "wrong-password"))).isInstanceOf(BadCredentialsException.class);

        var recorded = eventsOf("yanshou-reviewer");
        assertThat(recorded).extracting(SecurityEventRow::type)
                .containsExactly(SecurityEventType.LOGIN_FAILED, SecurityEventType.LOGIN);
        var signedIn = recorded.get(1);
        assertThat(signedIn.actor()).isEqualTo("yanshou-reviewer");
        assertThat(signedIn.regionCode()).isEqualTo("230129");
        assertThat(recorded.getFirst().detail()).isEqualTo("BadCredentialsException");
    }

    @Test
    void account_changes_are_recorded_with_the_account_before_and_after_and_never_the_password() {
        signIn.as("admin");
        accounts.create(new NewAccount("audit-qian", new AccountDetails("钱审计", null, null), "COMMERCE", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER), "Temp#Pass2026", null));
        accounts.edit("audit-qian", new AccountDetails("钱审计", null, null), "COMMERCE", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER, AppRoles.SUPERVISOR));
        accounts.setEnabled("audit-qian", false);
        accounts.resetPassword("audit-qian", "Other#Pass2026");
        signIn.out();

        var recorded = eventsOf("audit-qian");
        assertThat(recorded).extracting(SecurityEventRow::type).containsExactly(SecurityEventType.PASSWORD_RESET,
                SecurityEventType.ACCOUNT_DISABLED, SecurityEventType.ACCOUNT_CHANGED,
                SecurityEventType.ACCOUNT_CREATED);
        assertThat(recorded).allSatisfy(event -> assertThat(event.actor()).isEqualTo("admin"));
        var created = recorded.get(3);
        assertThat(created.before()).isNull();
        assertThat(created.after()).contains("roles=[DEPARTMENT_MEMBER]", "department=COMMERCE", "region=230100",
                "enabled=true");
        var changed = recorded.get(2);
        assertThat(changed.before()).contains("roles=[DEPARTMENT_MEMBER]");
        assertThat(changed.after()).contains("roles=[DEPARTMENT_MEMBER, SUPERVISOR]");
        var disabled = recorded.get(1);
        assertThat(disabled.before()).contains("enabled=true");
        assertThat(disabled.after()).contains("enabled=false");
        var stored = jdbc.queryForList("SELECT CONCAT(COALESCE(before_value, ''), COALESCE(after_value, ''),"
                + " COALESCE(detail, '')) FROM security_event WHERE username = 'audit-qian'", String.class);
        assertThat(String.join("", stored)).doesNotContain("Temp#Pass2026", "Other#Pass2026");
    }

    @Test
    void a_refused_account_change_changes_nothing_and_records_nothing() {
        signIn.as("finance");
        assertThatThrownBy(() -> accounts.setEnabled("commerce", false)).isInstanceOf(AccessDeniedException.class);
        signIn.out();

        assertThat(eventsOf("commerce")).noneMatch(event -> event.type() == SecurityEventType.ACCOUNT_DISABLED);
        signIn.as("admin");
        assertThat(accounts.find("commerce").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_data_change_shows_who_made_it_and_each_field_before_and_after() {
        signIn.as("admin");
        accounts.create(new NewAccount("audit-sun", new AccountDetails("孙原名", null, null), "EDUCATION", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER), "Temp#Pass2026", null));
        accounts.update("audit-sun", new AccountDetails("孙新名", "sun@example.cn", null));
        signIn.out();

        signIn.as("supervisor");
        var revision = audit.revisions(new RevisionFilter("admin", "UserAccount", null, null), PAGE).getFirst();
        assertThat(revision.username()).isEqualTo("admin");
        assertThat(revision.regionCode()).isEqualTo("230000");
        assertThat(revision.counts()).anySatisfy(count -> {
            assertThat(count.entity()).isEqualTo("UserAccount");
            assertThat(count.kind()).isEqualTo(ChangeKind.MODIFIED);
            assertThat(count.records()).isOne();
        });
        var change = audit.changesOf(revision.id(), 50).stream()
                .filter(record -> record.entity().equals("UserAccount")).findFirst().orElseThrow();
        assertThat(change.kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(change.fields()).anySatisfy(field -> {
            assertThat(field.field()).isEqualTo("displayName");
            assertThat(field.before()).isEqualTo("孙原名");
            assertThat(field.after()).isEqualTo("孙新名");
        });
        assertThat(change.fields()).noneMatch(field -> field.field().equals("username"));
    }

    @Test
    void a_supervisor_of_a_city_sees_only_what_users_of_that_city_did() {
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("harbin-reviewer", "Hlj@2026"));
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("leader", "Hlj@2026"));
        // A change by the provincial administrator (an account of this test only), outside the city supervisor's region.
        signIn.as("admin");
        accounts.create(new NewAccount("audit-zhao", new AccountDetails("赵审计", null, null), "EDUCATION", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER), "Temp#Pass2026", null));
        signIn.out();

        signIn.as(null, "230100", AppRoles.SUPERVISOR);
        var seen = audit.securityEvents(SecurityEventFilter.any(), PageRequest.of(0, 500));
        assertThat(seen).extracting(SecurityEventRow::username).contains("harbin-reviewer");
        assertThat(seen).allSatisfy(event -> assertThat(event.regionCode()).startsWith("2301"));
        assertThat(audit.countSecurityEvents(SecurityEventFilter.any())).isEqualTo(seen.size());
        // The administrator's change is the province's: outside the city supervisor's region.
        var revisions = audit.revisions(RevisionFilter.any(), PageRequest.of(0, 500));
        assertThat(revisions).allSatisfy(row -> assertThat(row.regionCode()).startsWith("2301"));
        assertThat(revisions).extracting(AuditLogService.RevisionRow::username).doesNotContain("admin");
        signIn.out();

        signIn.as("supervisor");
        var provincial = audit.revisions(new RevisionFilter("admin", null, null, null), PAGE).getFirst();
        signIn.out();
        signIn.as(null, "230100", AppRoles.SUPERVISOR);
        assertThatThrownBy(() -> audit.changesOf(provincial.id(), 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_supervisors_and_administrators_may_read_the_audit_log() {
        for (var refused : List.of("finance", "leader", "bulletin-editor", "province-reviewer")) {
            signIn.as(refused);
            assertThatThrownBy(() -> audit.securityEvents(SecurityEventFilter.any(), PAGE))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.countSecurityEvents(SecurityEventFilter.any()))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.revisions(RevisionFilter.any(), PAGE))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.countRevisions(RevisionFilter.any()))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.changesOf(1, 10)).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.auditedEntities()).as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.retentionDays()).as(refused).isInstanceOf(AccessDeniedException.class);
            signIn.out();
        }
        assertThatThrownBy(() -> audit.securityEvents(SecurityEventFilter.any(), PAGE))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        signIn.as("admin");
        assertThat(audit.auditedEntities()).contains("Purchaser", "ReservedShare", "UserAccount", "CertificationApplication");
    }
}
