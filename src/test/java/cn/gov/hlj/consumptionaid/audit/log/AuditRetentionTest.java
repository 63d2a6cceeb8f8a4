package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Security events are kept for the retention period (365 days by default, never under 180) and removed after it. */
@IntegrationTest
class AuditRetentionTest {

    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void events_older_than_the_retention_period_are_removed_and_the_removal_is_recorded() {
        var now = LocalDateTime.now(clock);
        insert(now.minusDays(366), "retention-old");
        insert(now.minusDays(364), "retention-kept");
        var purgesBefore = count("event_type = 'RETENTION_PURGE'");

        assertThat(retention.purge()).isEqualTo(1);

        assertThat(count("username = 'retention-old'")).isZero();
        assertThat(count("username = 'retention-kept'")).isOne();
        assertThat(count("event_type = 'RETENTION_PURGE'")).isEqualTo(purgesBefore + 1);
        assertThat(retention.purge()).as("nothing left to remove").isZero();
    }

    @Test
    void a_retention_shorter_than_180_days_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> new AuditProperties(90))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.audit.retention-days must be at least 180");
        assertThat(new AuditProperties(180).retentionDays()).isEqualTo(180);
    }

    @Test
    void the_scheduled_purge_is_running_on_its_own_scheduler() {
        assertThat(retention.isRunning()).isTrue();
    }

    private void insert(LocalDateTime when, String username) {
        jdbc.update("INSERT INTO security_event (occurred_at, event_type, username, actor) VALUES (?, 'LOGIN', ?, ?)",
                Timestamp.valueOf(when), username, username);
    }

    private long count(String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE " + condition, Long.class);
    }
}
