package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The 等保 2.0 session rules of the embedded mode, as configured. */
@IntegrationTest
class SessionPolicyTest {

    @Autowired
    Environment environment;

    @Test
    void an_idle_session_ends_after_thirty_minutes_even_with_a_tab_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        // Vaadin's heartbeat would otherwise keep the session of any open tab alive for ever.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void five_failures_lock_an_account_for_fifteen_minutes_by_default() {
        assertThat(environment.getProperty("portal.security.lockout.max-failed-attempts", Integer.class))
                .isEqualTo(5);
        assertThat(environment.getProperty("portal.security.lockout.duration", Duration.class))
                .isEqualTo(Duration.ofMinutes(15));
    }
}
