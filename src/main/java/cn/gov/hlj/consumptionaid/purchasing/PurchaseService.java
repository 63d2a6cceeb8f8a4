package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.CatalogDirectory;
import cn.gov.hlj.consumptionaid.catalog.SupplierRef;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchase;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaseRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaseSpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The purchases a user may see: those of the purchasers in their department's lens and region (finance the budget
 * units' orders, education the schools', SASAC the SOEs' …), newest first.
 */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class PurchaseService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("orderDate"), Sort.Order.asc("orderNo"));

    private final PurchaseRepository purchases;
    private final CatalogDirectory catalog;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    PurchaseService(PurchaseRepository purchases, CatalogDirectory catalog, CurrentUser currentUser,
                    EntityManager entityManager) {
        this.purchases = purchases;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<PurchaseRow> list(PurchaseFilter filter, Pageable pageable) {
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(NEWEST_FIRST) : NEWEST_FIRST;
        var page = pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        var found = purchases.findAll(PurchaseSpecifications.matching(filter, currentUser.require().scope()), page)
                .getContent();
        var suppliers = catalog.suppliersById(found.stream().map(Purchase::getSupplierId).toList());
        return found.stream().map(p -> p.toRow(name(suppliers.get(p.getSupplierId())))).toList();
    }

    @Transactional(readOnly = true)
    public long count(PurchaseFilter filter) {
        return purchases.count(PurchaseSpecifications.matching(filter, currentUser.require().scope()));
    }

    /** Orders and amounts of everything the filter selects (all pages). */
    @Transactional(readOnly = true)
    public PurchaseTotals totals(PurchaseFilter filter) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(PurchaseTotals.class);
        var root = query.from(Purchase.class);
        var spec = PurchaseSpecifications.matching(filter, currentUser.require().scope());
        query.where(spec.toPredicate(root, query, cb));
        var amount = root.<BigDecimal>get("amount");
        var counted = cb.<BigDecimal>selectCase()
                .when(cb.equal(root.get("status"), PurchaseStatus.COMPLETED), amount)
                .otherwise(BigDecimal.ZERO);
        query.select(cb.construct(PurchaseTotals.class, cb.count(root),
                cb.coalesce(cb.sum(amount), BigDecimal.ZERO), cb.coalesce(cb.sum(counted), BigDecimal.ZERO)));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static String name(SupplierRef supplier) {
        return supplier == null ? "" : supplier.name();
    }
}
