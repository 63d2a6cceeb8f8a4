package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseFilter;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseStatus;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;

/**
 * The purchase lists: a user sees the purchases of the purchasers they may see ({@link PurchaserSpecifications}),
 * narrowed by the filter.
 */
public final class PurchaseSpecifications {

    private PurchaseSpecifications() {
    }

    @SuppressWarnings("unchecked")
    public static Specification<Purchase> matching(PurchaseFilter filter, DataScope scope) {
        return (root, query, cb) -> {
            // Lists fetch the purchaser with the purchase (one query per page); counts and sums only join it.
            Join<Purchase, Purchaser> purchaser = !listsPurchases(query) ? root.join("purchaser", JoinType.INNER)
                    : (Join<Purchase, Purchaser>) root.<Purchase, Purchaser>fetch("purchaser", JoinType.INNER);
            var predicates = new ArrayList<Predicate>();
            predicates.add(PurchaserSpecifications.visible(purchaser, scope, cb));
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("orderNo")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("productName")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(purchaser.get("name")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(purchaser.get("code")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("orderDate"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("orderDate"), filter.to()));
            }
            if (filter.channelCode() != null) {
                predicates.add(cb.equal(root.get("channelCode"), filter.channelCode()));
            }
            if (filter.purchaserType() != null) {
                predicates.add(cb.equal(purchaser.get("type"), filter.purchaserType()));
            }
            if (filter.budgetUnitKind() != null) {
                predicates.add(cb.equal(purchaser.get("budgetUnitKind"), filter.budgetUnitKind()));
            }
            if (filter.regionPrefix() != null) {
                predicates.add(cb.like(purchaser.get("regionCode"), filter.regionPrefix() + "%"));
            }
            if (filter.countedOnly()) {
                predicates.add(cb.equal(root.get("status"), PurchaseStatus.COMPLETED));
            }
            if (filter.donation() != null) {
                predicates.add(cb.equal(root.get("donation"), filter.donation()));
            }
            if (filter.importBatchId() != null) {
                predicates.add(cb.equal(root.get("importBatch").get("id"), filter.importBatchId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean listsPurchases(CriteriaQuery<?> query) {
        return query.getResultType() == Purchase.class;
    }
}
