package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes security events. Each event is written in a transaction of its own: a failed login must be recorded even
 * though nothing else is committed, and a rolled-back business transaction must not take the record of an attempt
 * with it.
 */
@Component
public class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventLog.class);
    private static final int TEXT = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityEventLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The details of one event; {@code null} where not known. */
    public record Event(SecurityEventType type, String username, String actor, String regionCode, String ipAddress,
                        String before, String after, String detail) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Event event) {
        jdbc.update("""
                INSERT INTO security_event (occurred_at, event_type, username, actor, region_code, ip_address,
                                            before_value, after_value, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.valueOf(LocalDateTime.now(clock)), event.type().name(), cut(event.username(), 100),
                cut(event.actor(), 100), event.regionCode(), cut(event.ipAddress(), 64), cut(event.before(), TEXT),
                cut(event.after(), TEXT), cut(event.detail(), 500));
        log.info("security event {} user={} actor={} ip={}", event.type(), event.username(), event.actor(),
                event.ipAddress());
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
