package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/** Counts failed logins and locks an account after too many; a successful login resets the count. */
@Component
@Profile("!keycloak")
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final LockoutProperties lockout;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, LockoutProperties lockout, Clock clock) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            var now = LocalDateTime.now(clock);
            account.loginFailed(lockout.maxFailedAttempts(), lockout.duration(), now);
            if (account.isLocked(now)) {
                log.warn("Account {} locked until {} after {} failed logins", account.getUsername(),
                        account.getLockedUntil(), lockout.maxFailedAttempts());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.loginSucceeded(LocalDateTime.now(clock)));
    }
}
