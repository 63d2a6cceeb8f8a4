package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.OutletFilter;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;

/** The outlet list: the user's filter, always within their region subtree. */
public final class OutletSpecifications {

    private OutletSpecifications() {
    }

    public static Specification<Outlet> matching(OutletFilter filter, String scopePrefix) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.like(root.get("regionCode"), scopePrefix + "%"));
            if (filter.text() != null) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("address")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("operatorName")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.regionPrefix() != null) {
                predicates.add(cb.like(root.get("regionCode"), filter.regionPrefix() + "%"));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
