package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Removes security events older than the retention period, every night. Idempotent, so it needs no cluster lock:
 * two instances running it delete the same rows once. It has a scheduler thread of its own, so it runs whether or not
 * the bulletin schedule (which switches Spring's {@code @Scheduled} processing on) is enabled;
 * {@code portal.audit.purge-cron=-} switches it off. Data changes (the Envers history) are not purged: they are the
 * record of who changed which figure, and the rollups and bulletins were computed from them.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditRetention implements SmartLifecycle {

    private final JdbcTemplate jdbc;
    private final AuditProperties properties;
    private final SecurityEventLog events;
    private final Clock clock;
    private final String cron;
    private ThreadPoolTaskScheduler scheduler;

    AuditRetention(JdbcTemplate jdbc, AuditProperties properties, SecurityEventLog events, Clock clock,
                   @Value("${portal.audit.purge-cron:0 30 3 * * *}") String cron) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.cron = cron;
    }

    @Override
    public void start() {
        if ("-".equals(cron)) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("audit-retention-");
        scheduler.initialize();
        scheduler.schedule(this::purge, new CronTrigger(cron, ClockConfiguration.ZONE));
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /**
     * Deletes the events older than the retention period (one statement) and records the purge in a transaction of
     * its own; returns how many.
     */
    public int purge() {
        var cutoff = LocalDateTime.now(clock).minusDays(properties.retentionDays());
        var deleted = jdbc.update("DELETE FROM security_event WHERE occurred_at < ?", Timestamp.valueOf(cutoff));
        if (deleted > 0) {
            events.record(new SecurityEventLog.Event(SecurityEventType.RETENTION_PURGE, "-", "system", null, null,
                    null, null, deleted + " < " + cutoff.toLocalDate()));
        }
        return deleted;
    }
}
