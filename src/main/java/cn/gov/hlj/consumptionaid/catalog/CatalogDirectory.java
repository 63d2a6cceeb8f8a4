package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Looks up market entities and catalog products in bulk for the modules that record trade with them (purchases,
 * sales): by credit code, catalog number or id, a thousand keys per query, so that an import of 100,000 order lines
 * resolves its suppliers in a few queries. Reads the whole catalog: suppliers and products are public information
 * (the catalog is published), so no region scope applies.
 */
@Service
@PreAuthorize(CatalogDirectory.READ)
public class CatalogDirectory {

    /** Who may look up: importers and dashboard readers. A method's own annotation replaces the class's. */
    static final String READ = "hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW
            + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')";
    private static final String SUPPLIERS = "select new cn.gov.hlj.consumptionaid.catalog.SupplierRef(e.id,"
            + " e.creditCode, e.name, e.countyCode, e.blacklistedOn) from MarketEntity e";
    private static final String PRODUCTS = "select new cn.gov.hlj.consumptionaid.catalog.ProductRef(a.id,"
            + " a.catalogNumber, a.productName, a.categoryCode, a.countyCode, a.entity.id)"
            + " from CertificationApplication a";
    private static final int CHUNK = 1000;

    private final EntityManager entityManager;

    CatalogDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Map<String, SupplierRef> suppliersByCreditCode(Collection<String> creditCodes) {
        return byKeys(SUPPLIERS, "e.creditCode", SupplierRef.class, creditCodes, SupplierRef::creditCode);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Map<Long, SupplierRef> suppliersById(Collection<Long> ids) {
        return byKeys(SUPPLIERS, "e.id", SupplierRef.class, ids, SupplierRef::id);
    }

    /** Products by catalog number, whatever their state now (an order may predate a withdrawal). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Map<String, ProductRef> productsByCatalogNumber(Collection<String> catalogNumbers) {
        return byKeys(PRODUCTS, "a.catalogNumber", ProductRef.class, catalogNumbers, ProductRef::catalogNumber);
    }

    /** The products of the catalog valid on a day (published on or before it, valid until on or after it). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ProductRef> productsValidOn(LocalDate day) {
        return entityManager.createQuery(PRODUCTS + " where a.catalogNumber is not null"
                        + " and a.publishedOn <= :day and a.validUntil >= :day order by a.catalogNumber",
                        ProductRef.class)
                .setParameter("day", day).getResultList();
    }

    /** The rows whose {@code keyPath} is one of {@code keys}, by key, a thousand keys per query. */
    private <K, V> Map<K, V> byKeys(String select, String keyPath, Class<V> type, Collection<K> keys,
                                    Function<V, K> keyOf) {
        return inChunks(keys, keyOf, chunk -> entityManager.createQuery(select + " where " + keyPath + " in :keys",
                type).setParameter("keys", chunk).getResultList());
    }

    private static <K, V> Map<K, V> inChunks(Collection<K> keys, Function<V, K> keyOf,
                                             Function<List<K>, List<V>> query) {
        var result = new HashMap<K, V>();
        var distinct = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        distinct.removeIf(java.util.Objects::isNull);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            for (var value : query.apply(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))) {
                result.put(keyOf.apply(value), value);
            }
        }
        return result;
    }
}
