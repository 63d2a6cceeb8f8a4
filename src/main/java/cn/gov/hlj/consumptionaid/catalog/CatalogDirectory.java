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
@PreAuthorize("hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
        + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class CatalogDirectory {

    private static final int CHUNK = 1000;

    private final EntityManager entityManager;

    CatalogDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @PreAuthorize("hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')")
    @Transactional(readOnly = true)
    public Map<String, SupplierRef> suppliersByCreditCode(Collection<String> creditCodes) {
        return inChunks(creditCodes, SupplierRef::creditCode, chunk -> entityManager.createQuery(
                "select new cn.gov.hlj.consumptionaid.catalog.SupplierRef(e.id, e.creditCode, e.name, e.countyCode,"
                        + " e.blacklistedOn)"
                        + " from MarketEntity e where e.creditCode in :keys", SupplierRef.class)
                .setParameter("keys", chunk).getResultList());
    }

    @PreAuthorize("hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')")
    @Transactional(readOnly = true)
    public Map<Long, SupplierRef> suppliersById(Collection<Long> ids) {
        return inChunks(ids, SupplierRef::id, chunk -> entityManager.createQuery(
                "select new cn.gov.hlj.consumptionaid.catalog.SupplierRef(e.id, e.creditCode, e.name, e.countyCode,"
                        + " e.blacklistedOn)"
                        + " from MarketEntity e where e.id in :keys", SupplierRef.class)
                .setParameter("keys", chunk).getResultList());
    }

    /** Products by catalog number, whatever their state now (an order may predate a withdrawal). */
    @PreAuthorize("hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')")
    @Transactional(readOnly = true)
    public Map<String, ProductRef> productsByCatalogNumber(Collection<String> catalogNumbers) {
        return inChunks(catalogNumbers, ProductRef::catalogNumber, chunk -> entityManager.createQuery(
                "select new cn.gov.hlj.consumptionaid.catalog.ProductRef(a.id, a.catalogNumber, a.productName,"
                        + " a.categoryCode, a.countyCode, a.entity.id)"
                        + " from CertificationApplication a where a.catalogNumber in :keys", ProductRef.class)
                .setParameter("keys", chunk).getResultList());
    }

    /** The products of the catalog valid on a day (published on or before it, valid until on or after it). */
    @PreAuthorize("hasAnyAuthority('" + AppRoles.DATA_IMPORT + "', '" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')")
    @Transactional(readOnly = true)
    public List<ProductRef> productsValidOn(LocalDate day) {
        return entityManager.createQuery(
                "select new cn.gov.hlj.consumptionaid.catalog.ProductRef(a.id, a.catalogNumber, a.productName,"
                        + " a.categoryCode, a.countyCode, a.entity.id)"
                        + " from CertificationApplication a where a.catalogNumber is not null"
                        + " and a.publishedOn <= :day and a.validUntil >= :day order by a.catalogNumber",
                        ProductRef.class)
                .setParameter("day", day).getResultList();
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
