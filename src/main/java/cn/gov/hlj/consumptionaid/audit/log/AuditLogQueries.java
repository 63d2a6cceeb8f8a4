package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.audit.AuditLogService;
import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log, read for supervisors and administrators: security events from {@code security_event}, data changes
 * from the Envers revision table and the history tables ({@code <table>_aud}) of every audited entity. A viewer whose
 * scope is narrower than the province sees what users of their region subtree did; the system's own changes and
 * failed logins of unknown users (no region) only the province sees.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + AppRoles.AUDIT_VIEW + "')")
class AuditLogQueries implements AuditLogService {

    /** Audited entities by simple name, in name order. */
    private final Map<String, Class<?>> entities = new LinkedHashMap<>();

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditProperties properties;

    private final EntityManager entityManager;

    AuditLogQueries(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, AuditProperties properties,
                    EntityManager entityManager) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.properties = properties;
        this.entityManager = entityManager;
        entityManager.getMetamodel().getEntities().stream()
                .map(type -> type.getJavaType())
                .filter(type -> type.isAnnotationPresent(Audited.class) && type.isAnnotationPresent(Table.class))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .forEach(type -> entities.put(type.getSimpleName(), type));
    }

    @Override
    public List<String> auditedEntities() {
        return List.copyOf(entities.keySet());
    }

    @Override
    public int retentionDays() {
        return properties.retentionDays();
    }

    // --- security events ---

    @Override
    public List<SecurityEventRow> securityEvents(SecurityEventFilter filter, Pageable pageable) {
        var parameters = new MapSqlParameterSource();
        var where = securityWhere(filter, parameters);
        parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        return jdbc.query("SELECT * FROM security_event" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset",
                parameters, (rs, n) -> new SecurityEventRow(rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toLocalDateTime().atZone(ClockConfiguration.ZONE).toInstant(),
                        SecurityEventType.valueOf(rs.getString("event_type")), rs.getString("username"),
                        rs.getString("actor"), rs.getString("region_code"), rs.getString("ip_address"),
                        rs.getString("before_value"), rs.getString("after_value"), rs.getString("detail")));
    }

    @Override
    public long countSecurityEvents(SecurityEventFilter filter) {
        var parameters = new MapSqlParameterSource();
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM security_event"
                + securityWhere(filter, parameters), parameters, Long.class));
    }

    private String securityWhere(SecurityEventFilter filter, MapSqlParameterSource parameters) {
        var where = new ArrayList<String>();
        regionCondition("region_code", where, parameters);
        if (filter.username() != null && !filter.username().isBlank()) {
            // LOCATE rather than LIKE: no wildcard in the typed text, and no escape character that H2 and MySQL read alike.
            where.add("(LOCATE(:user, LOWER(username)) > 0 OR LOCATE(:user, LOWER(actor)) > 0)");
            parameters.addValue("user", filter.username().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            where.add("event_type = :type");
            parameters.addValue("type", filter.type().name());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            parameters.addValue("from", Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            parameters.addValue("to", Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    // --- data changes ---

    @Override
    public List<RevisionRow> revisions(RevisionFilter filter, Pageable pageable) {
        var parameters = new MapSqlParameterSource();
        var where = revisionWhere(filter, parameters);
        parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        var rows = jdbc.query("SELECT r.id, r.changed_at, r.username, r.region_code FROM audit_revision r" + where
                + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset", parameters, (rs, n) -> new RevisionRow(
                rs.getLong("id"), java.time.Instant.ofEpochMilli(rs.getLong("changed_at")), rs.getString("username"),
                rs.getString("region_code"), List.of()));
        if (rows.isEmpty()) {
            return rows;
        }
        var counts = countsOf(rows.stream().map(RevisionRow::id).toList());
        return rows.stream().map(row -> new RevisionRow(row.id(), row.changedAt(), row.username(), row.regionCode(),
                counts.getOrDefault(row.id(), List.of()))).toList();
    }

    @Override
    public long countRevisions(RevisionFilter filter) {
        var parameters = new MapSqlParameterSource();
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM audit_revision r"
                + revisionWhere(filter, parameters), parameters, Long.class));
    }

    private String revisionWhere(RevisionFilter filter, MapSqlParameterSource parameters) {
        var where = new ArrayList<String>();
        regionCondition("r.region_code", where, parameters);
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add("LOCATE(:user, LOWER(r.username)) > 0");
            parameters.addValue("user", filter.username().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.entity() != null) {
            var entity = entities.get(filter.entity());
            if (entity == null) {
                throw new IllegalArgumentException("Not an audited entity: " + filter.entity());
            }
            where.add("EXISTS (SELECT 1 FROM " + historyTable(entity) + " h WHERE h.rev = r.id)");
        }
        if (filter.from() != null) {
            where.add("r.changed_at >= :from");
            parameters.addValue("from", filter.from().atStartOfDay(ClockConfiguration.ZONE).toInstant().toEpochMilli());
        }
        if (filter.to() != null) {
            where.add("r.changed_at < :to");
            parameters.addValue("to", filter.to().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant()
                    .toEpochMilli());
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** Records added, changed and deleted per revision and entity, one query over every history table. */
    private Map<Long, List<EntityCount>> countsOf(List<Long> revisions) {
        var union = new ArrayList<String>();
        for (var entry : entities.entrySet()) {
            union.add("SELECT '" + entry.getKey() + "' AS entity, rev, revtype, COUNT(*) AS n FROM "
                    + historyTable(entry.getValue()) + " WHERE rev IN (:revisions) GROUP BY rev, revtype");
        }
        var counts = new LinkedHashMap<Long, List<EntityCount>>();
        jdbc.query(String.join(" UNION ALL ", union), new MapSqlParameterSource("revisions", revisions), rs -> {
            counts.computeIfAbsent(rs.getLong("rev"), r -> new ArrayList<>()).add(new EntityCount(
                    rs.getString("entity"), kindOf(rs.getInt("revtype")), rs.getLong("n")));
        });
        return counts;
    }

    @Override
    public List<RecordChange> changesOf(long revisionId, int maxRecords) {
        var region = jdbc.query("SELECT region_code FROM audit_revision WHERE id = :id",
                new MapSqlParameterSource("id", revisionId), (rs, n) -> Optional.ofNullable(rs.getString(1)));
        if (region.isEmpty()) {
            return List.of();
        }
        if (!visible(region.getFirst().orElse(null))) {
            throw new AccessDeniedException("Revision " + revisionId + " is outside the viewer's region");
        }
        var reader = AuditReaderFactory.get(entityManager);
        var changes = new ArrayList<RecordChange>();
        for (var entry : entities.entrySet()) {
            if (changes.size() >= maxRecords) {
                break;
            }
            var type = entry.getValue();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.revisionNumber().eq(revisionId))
                    .setMaxResults(maxRecords - changes.size())
                    .getResultList();
            for (var row : rows) {
                var entity = row[0];
                var kind = kindOf(((RevisionType) row[2]).getRepresentation());
                var id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
                var before = kind == ChangeKind.ADDED ? null : previous(reader, type, id, revisionId);
                var after = kind == ChangeKind.DELETED ? null : entity;
                changes.add(new RecordChange(entry.getKey(), String.valueOf(id), kind,
                        fieldChanges(type, before, after)));
            }
        }
        return changes;
    }

    private Object previous(org.hibernate.envers.AuditReader reader, Class<?> type, Object id, long revision) {
        var rows = reader.createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Each plain or to-one field whose value differs (all of them for an added or deleted record). */
    private List<FieldChange> fieldChanges(Class<?> type, Object before, Object after) {
        var fields = new ArrayList<FieldChange>();
        var attributes = entityManager.getMetamodel().entity(type).getAttributes().stream()
                .filter(attribute -> !attribute.isCollection())
                .filter(attribute -> !(attribute instanceof SingularAttribute<?, ?> singular && singular.isVersion()))
                .sorted(Comparator.comparing(Attribute::getName))
                .toList();
        for (var attribute : attributes) {
            var old = before == null ? null : text(read(attribute, before));
            var now = after == null ? null : text(read(attribute, after));
            if (!Objects.equals(old, now)) {
                fields.add(new FieldChange(attribute.getName(), old, now));
            }
        }
        return fields;
    }

    private Object read(Attribute<?, ?> attribute, Object entity) {
        Member member = attribute.getJavaMember();
        try {
            if (member instanceof Field field) {
                field.setAccessible(true);
                return field.get(entity);
            }
            if (member instanceof Method method) {
                method.setAccessible(true);
                return method.invoke(entity);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
        return null;
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        var type = value.getClass();
        if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
                || type.getSuperclass() != null && type.getSuperclass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            try {
                return type.getSimpleName().replaceAll("\\$.*", "") + "#"
                        + entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
            } catch (RuntimeException e) {
                return "?";
            }
        }
        return value.toString();
    }

    // --- scope ---

    private void regionCondition(String column, List<String> where, MapSqlParameterSource parameters) {
        var scope = currentUser.scope().orElseThrow(() -> new AccessDeniedException("No user"));
        if (!DataScope.PROVINCE.equals(scope.regionCode())) {
            where.add(column + " LIKE :regionPrefix");
            parameters.addValue("regionPrefix", scope.regionPrefix() + "%");
        }
    }

    private boolean visible(String regionCode) {
        var scope = currentUser.scope().orElseThrow(() -> new AccessDeniedException("No user"));
        return DataScope.PROVINCE.equals(scope.regionCode())
                || regionCode != null && regionCode.startsWith(scope.regionPrefix());
    }

    private static String historyTable(Class<?> entity) {
        return entity.getAnnotation(Table.class).name() + "_aud";
    }

    private static ChangeKind kindOf(int revtype) {
        return switch (revtype) {
            case 0 -> ChangeKind.ADDED;
            case 1 -> ChangeKind.MODIFIED;
            default -> ChangeKind.DELETED;
        };
    }
}
