package cn.gov.hlj.consumptionaid.accounts.domain;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountFilter;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;

/** List queries over accounts: the user's filter, always narrowed to the administrator's data scope. */
public final class UserAccountSpecifications {

    private UserAccountSpecifications() {
    }

    public static Specification<UserAccount> matching(AccountFilter filter, DataScope scope) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (!scope.allDepartments()) {
                predicates.add(scope.departments().isEmpty() ? cb.disjunction()
                        : root.get("departmentCode").in(scope.departments()));
            }
            predicates.add(cb.like(root.get("regionCode"), scope.regionPrefix() + "%"));
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("displayName")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.departmentCode() != null) {
                predicates.add(cb.equal(root.get("departmentCode"), filter.departmentCode()));
            }
            if (filter.role() != null) {
                predicates.add(cb.isMember(filter.role(), root.get("roles")));
            }
            if (filter.enabled() != null) {
                predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
