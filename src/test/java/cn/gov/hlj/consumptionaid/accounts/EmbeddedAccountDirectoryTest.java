package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountFilter;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.audit.domain.AuditRevision;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class EmbeddedAccountDirectoryTest {

    @Autowired
    AccountDirectory directory;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private static NewAccount newAccount(String username, String department, String region, String password,
                                         String... roles) {
        return new NewAccount(username, new AccountDetails("测试用户", "t@example.cn", "0451-12345678"), department,
                region, Set.of(roles), password);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_an_account_with_a_temporary_password_and_the_history_records_who() {
        directory.create(newAccount("new-member", "FINANCE", "230100", "Winter#2026", AppRoles.DEPARTMENT_MEMBER));

        var account = repository.findByUsername("new-member").orElseThrow();
        assertThat(account.getDepartmentCode()).isEqualTo("FINANCE");
        assertThat(account.getRoles()).containsExactly(AppRoles.DEPARTMENT_MEMBER);
        assertThat(account.isPasswordChangeRequired()).isTrue();
        assertThat(passwordEncoder.matches("Winter#2026", account.getPasswordHash())).isTrue();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}");

        var reader = AuditReaderFactory.get(entityManagerFactory.createEntityManager());
        var revisions = reader.getRevisions(UserAccount.class, account.getId());
        assertThat(revisions).hasSize(1);
        var revision = reader.findRevision(AuditRevision.class, revisions.getFirst());
        assertThat(revision.getUsername()).isEqualTo("admin");
    }

    @Test
    @WithUserDetails("admin")
    void a_weak_password_is_refused_with_its_reason_and_nothing_is_written() {
        assertThatThrownBy(() -> directory.create(
                newAccount("weak-one", "FINANCE", "230000", "password", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.password.too-simple"));
        assertThat(repository.existsByUsername("weak-one")).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_is_refused_with_a_clear_reason_and_nothing_is_written() {
        assertThatThrownBy(() -> directory.create(
                newAccount("Bad Name", "FINANCE", "230000", "Winter#2026", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.username-invalid"));
        assertThatThrownBy(() -> directory.create(
                newAccount("finance", "FINANCE", "230000", "Winter#2026", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.username-taken"));
        assertThatThrownBy(() -> directory.create(
                newAccount("no-region", "FINANCE", "999999", "Winter#2026", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.region-unknown"));
        assertThatThrownBy(() -> directory.create(
                newAccount("no-dept", "NOT_A_DEPARTMENT", "230000", "Winter#2026", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.department-unknown"));
        assertThatThrownBy(() -> directory.create(newAccount("no-role", "FINANCE", "230000", "Winter#2026")))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.roles-required"));
        assertThat(repository.existsByUsername("no-region")).isFalse();
        assertThat(repository.existsByUsername("no-dept")).isFalse();
        assertThat(repository.existsByUsername("no-role")).isFalse();
    }

    @Test
    @WithUserDetails("finance-admin")
    void a_department_administrator_manages_only_their_department_and_grants_no_role_beyond_their_own() {
        directory.create(newAccount("finance-new", "FINANCE", "230000", "Winter#2026", AppRoles.DEPARTMENT_MEMBER));
        assertThat(repository.existsByUsername("finance-new")).isTrue();

        assertThatThrownBy(() -> directory.create(
                newAccount("education-new", "EDUCATION", "230000", "Winter#2026", AppRoles.DEPARTMENT_MEMBER)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.outside-scope"));
        assertThatThrownBy(() -> directory.create(
                newAccount("finance-leader", "FINANCE", "230000", "Winter#2026", AppRoles.LEADER)))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> directory.assignRoles("finance", Set.of(AppRoles.SUPERVISOR)))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> directory.setEnabled("education", false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.not-found"));
        assertThat(repository.existsByUsername("education-new")).isFalse();
        assertThat(repository.findByUsername("education").orElseThrow().isEnabled()).isTrue();
        assertThat(directory.list(AccountFilter.all(), PageRequest.of(0, 100)))
                .extracting(AccountDirectory.AccountRow::departmentCode).containsOnly("FINANCE");
    }

    @Test
    @WithUserDetails("finance")
    void a_task_force_member_cannot_manage_accounts() {
        assertThatThrownBy(() -> directory.list(AccountFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> directory.setEnabled("education", false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(repository.findByUsername("education").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void nobody_signed_in_cannot_even_save_a_language() {
        assertThatThrownBy(() -> directory.setOwnLocale(Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("education")
    void every_user_saves_their_own_language() {
        directory.setOwnLocale(Locale.ENGLISH);
        assertThat(repository.findByUsername("education").orElseThrow().getPreferredLocale())
                .isEqualTo(Locale.ENGLISH);
        directory.setOwnLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_lists_filters_disables_and_resets() {
        assertThat(directory.count(AccountFilter.all().withRole(AppRoles.LEADER))).isEqualTo(1);
        assertThat(directory.list(AccountFilter.all().withText("reviewer"), PageRequest.of(0, 10)))
                .extracting(AccountDirectory.AccountRow::username)
                .contains("yanshou-reviewer", "harbin-reviewer", "province-reviewer");
        directory.create(newAccount("to-disable", null, "230000", "Winter#2026", AppRoles.SUPERVISOR));
        directory.setEnabled("to-disable", false);
        assertThat(directory.find("to-disable").orElseThrow().enabled()).isFalse();
        directory.resetPassword("to-disable", "Spring#2027");
        assertThat(directory.find("to-disable").orElseThrow().passwordChangeRequired()).isTrue();
        assertThatThrownBy(() -> directory.setEnabled("admin", false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("accounts.error.cannot-disable-self"));
    }
}
