package cn.gov.hlj.consumptionaid.sales;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only look-ups of catalog products and market entities for sales, outlets and deals, by catalog number, id or
 * credit code. The catalog module's services are for reviewers, supervisors and leaders; task-force members (who
 * import sales and record outlets) may not call them, and the catalog offers no look-up for them yet. Until it does,
 * this class reads the catalog's tables directly, read-only, like the metrics module reads {@code sale} — see
 * {@code docs/decisions/2026-11-28-sales-catalog-lookups.md}. It is the only class of this module that does.
 */
@Component
class CatalogProducts {

    /** Rows per IN list: well below the limits of H2 and MySQL, and a good batch size for both. */
    static final int CHUNK = 1000;

    private static final String SELECT = "SELECT a.id, a.catalog_number, a.product_name, a.category_code, "
            + "a.county_code, a.market_entity_id, e.name AS producer_name, a.status "
            + "FROM certification_application a JOIN market_entity e ON e.id = a.market_entity_id ";

    private static final RowMapper<CatalogProduct> PRODUCT = (rs, n) -> new CatalogProduct(rs.getLong("id"),
            rs.getString("catalog_number"), rs.getString("product_name"), rs.getString("category_code"),
            rs.getString("county_code"), rs.getLong("market_entity_id"), rs.getString("producer_name"),
            "IN_CATALOG".equals(rs.getString("status")));

    private static final RowMapper<MarketEntityRef> ENTITY = (rs, n) -> new MarketEntityRef(rs.getLong("id"),
            rs.getString("credit_code"), rs.getString("name"));

    private final JdbcTemplate jdbc;

    CatalogProducts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Products by catalog number, whether still in the catalog or not; unknown numbers are absent. */
    Map<String, CatalogProduct> byCatalogNumbers(Collection<String> numbers) {
        var found = new HashMap<String, CatalogProduct>();
        for (var chunk : chunks(List.copyOf(numbers))) {
            jdbc.query(SELECT + "WHERE a.catalog_number IN (" + placeholders(chunk.size()) + ")", PRODUCT,
                    chunk.toArray()).forEach(p -> found.put(p.catalogNumber(), p));
        }
        return found;
    }

    /** Products with a catalog number by id; unknown ids (or applications never catalogued) are absent. */
    Map<Long, CatalogProduct> byIds(Collection<Long> ids) {
        var found = new HashMap<Long, CatalogProduct>();
        for (var chunk : chunks(List.copyOf(ids))) {
            jdbc.query(SELECT + "WHERE a.catalog_number IS NOT NULL AND a.id IN (" + placeholders(chunk.size())
                    + ")", PRODUCT, chunk.toArray()).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** Products in the catalog now whose name, catalog number or producer contains the text, by catalog number. */
    List<CatalogProduct> search(String text, int limit) {
        var pattern = "%" + escape(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.query(SELECT + "WHERE a.status = 'IN_CATALOG' AND (LOWER(a.product_name) LIKE ? ESCAPE '!' "
                        + "OR LOWER(a.catalog_number) LIKE ? ESCAPE '!' OR LOWER(e.name) LIKE ? ESCAPE '!') "
                        + "ORDER BY a.catalog_number LIMIT " + Math.max(1, Math.min(limit, 200)), PRODUCT,
                pattern, pattern, pattern);
    }

    Optional<MarketEntityRef> entityByCreditCode(String creditCode) {
        return jdbc.query("SELECT id, credit_code, name FROM market_entity WHERE credit_code = ?", ENTITY,
                creditCode).stream().findFirst();
    }

    Map<Long, MarketEntityRef> entitiesByIds(Collection<Long> ids) {
        var found = new HashMap<Long, MarketEntityRef>();
        for (var chunk : chunks(List.copyOf(ids))) {
            jdbc.query("SELECT id, credit_code, name FROM market_entity WHERE id IN (" + placeholders(chunk.size())
                    + ")", ENTITY, chunk.toArray()).forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    static <T> List<List<T>> chunks(List<T> values) {
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /** LIKE wildcards escaped with {@code !}, which no SQL dialect treats specially inside a string literal. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
