package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded login's password check and lockout, wired as Spring Security's form login wires them: the account's
 * user details, BCrypt, and authentication events.
 */
@IntegrationTest
class LoginLockoutTest {

    private static final String PASSWORD = "Hlj@2026";

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountRepository accounts;

    private AuthenticationManager login;

    @BeforeEach
    void wireLogin() {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        login = manager;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void attempt(String username, String password) {
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void a_demo_account_signs_in_with_its_password() {
        attempt("leader", PASSWORD);
        assertThat(accounts.findByUsername("leader").orElseThrow().getLastLoginAt()).isNotNull();
    }

    @Test
    void five_failed_logins_lock_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("commerce", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(accounts.findByUsername("commerce").orElseThrow().getFailedAttempts()).isEqualTo(4);
        assertThatThrownBy(() -> attempt("commerce", "wrong")).isInstanceOf(BadCredentialsException.class);

        assertThatThrownBy(() -> attempt("commerce", PASSWORD))
                .as("even the right password is refused while locked").isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt("commerce", PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(2));
        attempt("commerce", PASSWORD);
        var account = accounts.findByUsername("commerce").orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> attempt("agriculture", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("agriculture", PASSWORD);
        assertThat(accounts.findByUsername("agriculture").orElseThrow().getFailedAttempts()).isZero();
    }
}
