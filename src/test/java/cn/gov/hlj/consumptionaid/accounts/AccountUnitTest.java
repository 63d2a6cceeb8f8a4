package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An account may be linked to the unit it works for (所在单位); the signed-in user carries it. */
@IntegrationTest
class AccountUnitTest {

    @Autowired
    AccountDirectory directory;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    UserDetailsService users;

    private static NewAccount account(String username, String unit) {
        return new NewAccount(username, new AccountDetails("主管单位审核员", null, null), "EDUCATION", "230000",
                Set.of(AppRoles.DEPARTMENT_MEMBER), "Winter#2026", unit);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_links_an_account_to_a_unit_and_the_user_carries_it() {
        directory.create(account("unit-reviewer", " 230000-0004 "));

        assertThat(repository.findByUsername("unit-reviewer").orElseThrow().getUnitCode()).isEqualTo("230000-0004");
        assertThat(directory.find("unit-reviewer").orElseThrow().unitCode()).isEqualTo("230000-0004");
        var principal = (AppUserPrincipal) users.loadUserByUsername("unit-reviewer");
        assertThat(principal.getAppUser().unitCode()).isEqualTo("230000-0004");

        var row = directory.find("unit-reviewer").orElseThrow();
        directory.edit("unit-reviewer", new AccountDetails(row.displayName(), null, null), "EDUCATION", "230000",
                "", row.roles());
        assertThat(directory.find("unit-reviewer").orElseThrow().unitCode()).isNull();

        directory.edit("unit-reviewer", new AccountDetails(row.displayName(), null, null), "EDUCATION", "230000",
                "230000-0005", row.roles());
        // The edit without a unit (older callers) keeps the link.
        directory.edit("unit-reviewer", new AccountDetails("改名", null, null), "EDUCATION", "230000", row.roles());
        assertThat(directory.find("unit-reviewer").orElseThrow().unitCode()).isEqualTo("230000-0005");
    }

    @Test
    @WithUserDetails("admin")
    void a_malformed_unit_code_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> directory.create(account("bad-unit", "单位 编码")))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).getMessageKey()).isEqualTo("accounts.error.unit-invalid");
        assertThat(repository.existsByUsername("bad-unit")).isFalse();
    }

    @Test
    void the_demo_supervising_unit_account_is_linked_to_the_education_departments_agency() {
        var principal = (AppUserPrincipal) users.loadUserByUsername("edu-agency");
        assertThat(principal.getAppUser().unitCode()).isEqualTo("230000-0004");
        assertThat(principal.getAppUser().departmentCode()).isEqualTo("EDUCATION");
    }
}
