package cn.gov.hlj.consumptionaid.audit.log;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long security events are kept: {@code portal.audit.retention-days}, at least {@value #MINIMUM_DAYS} days
 * (等保 2.0 level 3 asks for six months of audit records); a shorter setting stops the start.
 */
@ConfigurationProperties("portal.audit")
record AuditProperties(int retentionDays) {

    static final int MINIMUM_DAYS = 180;

    AuditProperties {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalArgumentException("portal.audit.retention-days must be at least " + MINIMUM_DAYS
                    + " (等保 2.0: audit records are kept at least six months), not " + retentionDays);
        }
    }
}
