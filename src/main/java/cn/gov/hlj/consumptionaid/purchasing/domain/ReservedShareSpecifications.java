package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
import jakarta.persistence.criteria.JoinType;
import org.springframework.data.jpa.domain.Specification;

import java.util.Set;

/**
 * Which reserved shares a user sees. Finance (the department of budget units) and the cross-department roles see
 * them all within their region; a department member sees those of its lens; a user linked to a unit (所在单位)
 * outside finance sees only their own unit's share and those of the units it supervises.
 */
public final class ReservedShareSpecifications {

    static final String FINANCE = "FINANCE";

    private ReservedShareSpecifications() {
    }

    public static Specification<ReservedShare> visible(int year, PurchaserFilter filter, ReservedShareStatus status,
                                                       AppUser user) {
        Specification<ReservedShare> spec = visibleTo(user, filter);
        spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), year));
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return spec;
    }

    public static Specification<ReservedShare> visibleTo(AppUser user) {
        return visibleTo(user, PurchaserFilter.ALL);
    }

    private static Specification<ReservedShare> visibleTo(AppUser user, PurchaserFilter filter) {
        var scope = user.scope();
        boolean unitOnly = user.unitCode() != null && !scope.allDepartments() && !scope.coversDepartment(FINANCE);
        var purchasers = unitOnly
                ? PurchaserSpecifications.matching(filter, new DataScope(true, Set.of(), scope.regionCode()))
                .and(unitAndSubordinates(user.unitCode()))
                : PurchaserSpecifications.matching(filter, scope);
        return (root, query, cb) -> {
            var units = query.subquery(Long.class);
            var unit = units.from(Purchaser.class);
            units.select(unit.get("id")).where(purchasers.toPredicate(unit, query, cb));
            return root.get("purchaser").get("id").in(units);
        };
    }

    private static Specification<Purchaser> unitAndSubordinates(String unitCode) {
        return (root, query, cb) -> {
            var supervisor = root.join("supervisingUnit", JoinType.LEFT);
            return cb.or(cb.equal(root.get("code"), unitCode), cb.equal(supervisor.get("code"), unitCode));
        };
    }
}
