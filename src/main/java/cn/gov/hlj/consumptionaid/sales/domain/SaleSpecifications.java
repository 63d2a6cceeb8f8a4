package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.SaleFilter;
import cn.gov.hlj.consumptionaid.sales.SalesLens;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;

/** The sales lists: the user's filter, always within their lens (departments and region subtree). */
public final class SaleSpecifications {

    private SaleSpecifications() {
    }

    public static Specification<Sale> matching(SaleFilter filter, SalesLens lens) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.like(root.get("regionCode"), lens.regionPrefix() + "%"));
            if (!lens.everything()) {
                var either = new ArrayList<Predicate>();
                if (!lens.channelCodes().isEmpty()) {
                    either.add(root.get("channelCode").in(lens.channelCodes()));
                }
                if (!lens.buyerProvinceCodes().isEmpty()) {
                    either.add(root.get("buyerProvinceCode").in(lens.buyerProvinceCodes()));
                }
                predicates.add(either.isEmpty() ? cb.disjunction() : cb.or(either.toArray(Predicate[]::new)));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("saleDate"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("saleDate"), filter.to()));
            }
            if (filter.channelCode() != null) {
                predicates.add(cb.equal(root.get("channelCode"), filter.channelCode()));
            }
            if (filter.regionPrefix() != null) {
                predicates.add(cb.like(root.get("regionCode"), filter.regionPrefix() + "%"));
            }
            if (filter.categoryCode() != null) {
                predicates.add(cb.equal(root.get("categoryCode"), filter.categoryCode()));
            }
            if (filter.buyerType() != null) {
                predicates.add(cb.equal(root.get("buyerType"), filter.buyerType()));
            }
            if (filter.importBatchId() != null) {
                predicates.add(cb.equal(root.get("importBatchId"), filter.importBatchId()));
            }
            if (filter.text() != null) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("productName")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("recordNo")), pattern, LikePatterns.ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
