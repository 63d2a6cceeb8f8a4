package cn.gov.hlj.consumptionaid.audit;

import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit log for supervisors (审计日志): security events (logins, logouts, account and permission changes) and
 * data changes (the Envers revisions: who changed which record when, with every field before and after). Read-only;
 * a supervisor or administrator sees the events of users in their own region subtree (the whole province sees all,
 * including the system's own changes).
 */
public interface AuditLogService {

    List<SecurityEventRow> securityEvents(SecurityEventFilter filter, Pageable pageable);

    long countSecurityEvents(SecurityEventFilter filter);

    List<RevisionRow> revisions(RevisionFilter filter, Pageable pageable);

    long countRevisions(RevisionFilter filter);

    /** Every record one revision changed, with its fields before and after (at most {@code maxRecords}). */
    List<RecordChange> changesOf(long revisionId, int maxRecords);

    /** The simple names of the audited entities (e.g. {@code Purchaser}), for the entity filter. */
    List<String> auditedEntities();

    /** How many days events are kept (at least 180). */
    int retentionDays();

    /** Filter of security events; {@code null} means any. Dates are inclusive, in China Standard Time. */
    record SecurityEventFilter(String username, SecurityEventType type, LocalDate from, LocalDate to) {
        public static SecurityEventFilter any() {
            return new SecurityEventFilter(null, null, null, null);
        }
    }

    record SecurityEventRow(long id, Instant occurredAt, SecurityEventType type, String username, String actor,
                            String regionCode, String ipAddress, String before, String after, String detail) {
    }

    /** Filter of data changes; {@code entity} is an audited entity's simple name (e.g. {@code Purchaser}). */
    record RevisionFilter(String username, String entity, LocalDate from, LocalDate to) {
        public static RevisionFilter any() {
            return new RevisionFilter(null, null, null, null);
        }
    }

    /** One committed change: who, when, where from, and how many records of each kind it added, changed or deleted. */
    record RevisionRow(long id, Instant changedAt, String username, String regionCode, List<EntityCount> counts) {
    }

    record EntityCount(String entity, ChangeKind kind, long records) {
    }

    enum ChangeKind {
        ADDED, MODIFIED, DELETED;

        public String labelKey() {
            return "audit.change." + name();
        }
    }

    /** One record of a revision: its kind, id, and the fields that differ from its previous revision. */
    record RecordChange(String entity, String id, ChangeKind kind, List<FieldChange> fields) {
    }

    record FieldChange(String field, String before, String after) {
    }
}
