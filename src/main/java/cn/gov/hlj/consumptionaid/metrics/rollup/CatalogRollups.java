package cn.gov.hlj.consumptionaid.metrics.rollup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The catalog rollups of V43 (products listed, published and withdrawn by county and category; market entities by
 * county), refreshed by {@link #ensureFresh()} when the catalog's change mark moves: largest application id, largest
 * market-entity id, latest audit revision (every certification step, withdrawal and blacklisting writes one). Runs in a
 * transaction of its own, like {@link RegistryRollups}.
 */
@Component
public class CatalogRollups {

    private static final String LISTED = "a.status IN ('IN_CATALOG', 'WITHDRAWAL_REQUESTED', 'WITHDRAWAL_CONFIRMED')";
    private static final String CITY = RollupWriter.city("a.county_code");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CatalogRollups(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void ensureFresh() {
        // The common case, current rollups, costs one statement and no transaction of its own.
        var unchanged = jdbc.query("SELECT (SELECT MAX(id) FROM certification_application),"
                + " (SELECT MAX(id) FROM market_entity), (SELECT MAX(id) FROM audit_revision),"
                + " (SELECT mark FROM rollup_stamp WHERE name = 'catalog')", rs -> rs.next()
                && (rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).equals(rs.getString(4)));
        if (Boolean.TRUE.equals(unchanged)) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            var current = mark();
            if (!current.equals(stored(false))) {
                if (!current.equals(stored(true))) {
                    refresh(current);
                }
            }
        });
    }

    /** Refreshes unconditionally, in the caller's transaction (part of a full rebuild). */
    void refreshNow() {
        stored(true);
        refresh(mark());
    }

    private String mark() {
        return max("certification_application") + "/" + max("market_entity") + "/" + max("audit_revision");
    }

    private long max(String table) {
        Long value = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return value == null ? 0 : value;
    }

    private String stored(boolean lock) {
        List<String> rows = jdbc.queryForList("SELECT mark FROM rollup_stamp WHERE name = 'catalog'"
                + (lock ? " FOR UPDATE" : ""), String.class);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void refresh(String mark) {
        jdbc.update("DELETE FROM rollup_product_month");
        jdbc.update("DELETE FROM rollup_product_day");
        jdbc.update("DELETE FROM rollup_entity_count");
        var place = "a.county_code, " + CITY + ", a.category_code";
        jdbc.update("INSERT INTO rollup_product_month (kind, month_key, region_code, city_code, category_code, detail,"
                + " products, poor_people) SELECT 'LISTED', 0, " + place + ", '', COUNT(*), SUM(a.poor_people_driven)"
                + " FROM certification_application a WHERE " + LISTED + " GROUP BY " + place);
        var published = "CASE WHEN a.renewal_of_id IS NULL THEN 'NEW' ELSE 'RENEWAL' END";
        dated("PUBLISHED", "a.published_on", published, "a.published_on IS NOT NULL");
        dated("WITHDRAWN", "a.withdrawn_on", "COALESCE(a.withdrawal_reason, '')", "a.withdrawn_on IS NOT NULL");
        var entity = "m.county_code, " + RollupWriter.city("m.county_code") + ", m.blacklisted, m.leading_enterprise";
        jdbc.update("INSERT INTO rollup_entity_count (region_code, city_code, blacklisted, leading_enterprise, entities)"
                + " SELECT " + entity + ", COUNT(*) FROM market_entity m GROUP BY " + entity);
        jdbc.update("UPDATE rollup_stamp SET mark = ?, refreshed_at = ? WHERE name = 'catalog'", mark,
                LocalDateTime.now());
    }

    private void dated(String kind, String date, String detail, String condition) {
        var month = "YEAR(" + date + ") * 100 + MONTH(" + date + ")";
        var place = "a.county_code, " + CITY + ", a.category_code, " + detail;
        jdbc.update("INSERT INTO rollup_product_month (kind, month_key, region_code, city_code, category_code, detail,"
                + " products, poor_people) SELECT '" + kind + "', " + month + ", " + place + ", COUNT(*),"
                + " SUM(a.poor_people_driven) FROM certification_application a WHERE " + condition
                + " GROUP BY " + month + ", " + place);
        jdbc.update("INSERT INTO rollup_product_day (kind, on_day, region_code, city_code, category_code, detail,"
                + " products) SELECT '" + kind + "', " + date + ", " + place + ", COUNT(*)"
                + " FROM certification_application a WHERE " + condition + " GROUP BY " + date + ", " + place);
    }
}
