package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BootstrapAdministratorTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final org.springframework.security.crypto.password.PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private BootstrapAdministrator bootstrap(String password) {
        return new BootstrapAdministrator(accounts, encoder, Clock.systemUTC(), "admin", password);
    }

    @Test
    void an_empty_database_gets_one_provincial_administrator_with_the_given_password() {
        when(accounts.count()).thenReturn(0L);
        bootstrap("Change-me-2026").run(null);
        var saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(AppRoles.ADMIN);
        assertThat(saved.getValue().getDepartmentCode()).isNull();
        assertThat(saved.getValue().getRegionCode()).isEqualTo("230000");
        assertThat(encoder.matches("Change-me-2026", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void nothing_is_created_without_a_password_or_when_accounts_exist() {
        when(accounts.count()).thenReturn(0L);
        bootstrap("").run(null);
        when(accounts.count()).thenReturn(3L);
        bootstrap("Change-me-2026").run(null);
        verify(accounts, never()).save(any());
    }

    @Test
    void a_weak_password_stops_the_start_with_the_reason_and_writes_nothing() {
        when(accounts.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("admin123").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accounts.password.too-simple");
        verify(accounts, never()).save(any());
    }
}
