package cn.gov.hlj.consumptionaid.accounts.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Lockout after repeated failed logins (等保 2.0): {@code portal.security.lockout.max-failed-attempts} failures lock
 * the account for {@code portal.security.lockout.duration}.
 */
@ConfigurationProperties("portal.security.lockout")
record LockoutProperties(int maxFailedAttempts, Duration duration) {

    LockoutProperties {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("portal.security.lockout.max-failed-attempts must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("portal.security.lockout.duration must be positive");
        }
    }
}
