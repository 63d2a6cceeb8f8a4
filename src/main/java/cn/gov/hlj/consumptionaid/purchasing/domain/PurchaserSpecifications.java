package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Path;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * The purchaser lists: the user's filter, always within their data scope. Departments see purchasers through their
 * lens on the one purchaser model — finance all budget units, education the schools, health the hospitals, SASAC
 * the SOEs, the federation of industry and commerce the private enterprises, the trade unions the unions, civil
 * affairs the social organisations — and any other department the purchasers it supervises. The poverty-alleviation
 * office and the supply and marketing cooperative (which runs the 832 platform) see every purchaser.
 */
public final class PurchaserSpecifications {

    private PurchaserSpecifications() {
    }

    public static Specification<Purchaser> matching(PurchaserFilter filter, DataScope scope) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(visible(root, scope, cb));
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("code")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.budgetUnitKind() != null) {
                predicates.add(cb.equal(root.get("budgetUnitKind"), filter.budgetUnitKind()));
            }
            if (filter.schoolType() != null) {
                predicates.add(cb.equal(root.get("schoolType"), filter.schoolType()));
            }
            if (filter.regionPrefix() != null) {
                predicates.add(cb.like(root.get("regionCode"), filter.regionPrefix() + "%"));
            }
            if (filter.importBatchId() != null) {
                predicates.add(cb.equal(root.get("importBatch").get("id"), filter.importBatchId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The purchasers (here: the purchaser end of a join) a user with this scope may see. */
    public static Predicate visible(Path<Purchaser> purchaser, DataScope scope, CriteriaBuilder cb) {
        var region = cb.like(purchaser.get("regionCode"), scope.regionPrefix() + "%");
        if (scope.allDepartments() || scope.departments().stream().anyMatch(WHOLE_VIEW::contains)) {
            return region;
        }
        var lenses = scope.departments().stream().map(d -> lens(d, purchaser, cb)).toList();
        return cb.and(region, lenses.isEmpty() ? cb.disjunction() : cb.or(lenses.toArray(Predicate[]::new)));
    }

    /**
     * Departments that look at every purchaser: the poverty-alleviation office leads the action, and the supply and
     * marketing cooperative runs the 832 platform, whose order exports name purchasers of every kind.
     */
    static final Set<String> WHOLE_VIEW = Set.of("POVERTY_OFFICE", "SUPPLY_COOPERATIVE");

    /** A department's view of purchasers: by purchaser type or by budget-unit kind. */
    private record Lens(PurchaserType type, BudgetUnitKind kind) {
    }

    private static final Map<String, Lens> LENSES = Map.of(
            "FINANCE", new Lens(PurchaserType.BUDGET_UNIT, null),
            "EDUCATION", new Lens(null, BudgetUnitKind.SCHOOL),
            "HEALTH", new Lens(null, BudgetUnitKind.HOSPITAL),
            "SASAC", new Lens(PurchaserType.SOE, null),
            "COMMERCE_FEDERATION", new Lens(PurchaserType.PRIVATE_ENTERPRISE, null),
            "FEDERATION_OF_TRADE_UNIONS", new Lens(PurchaserType.UNION, null),
            "CIVIL_AFFAIRS", new Lens(PurchaserType.SOCIAL_ORGANIZATION, null));

    /** Whether a purchaser of this type and kind, supervised by that department, is in a department's lens. */
    public static boolean inLens(String department, PurchaserType type, BudgetUnitKind kind,
                                 String supervisingDepartment) {
        if (WHOLE_VIEW.contains(department)) {
            return true;
        }
        var lens = LENSES.get(department);
        if (lens == null) {
            return department.equals(supervisingDepartment);
        }
        return lens.type() != null ? lens.type() == type : lens.kind() == kind;
    }

    private static Predicate lens(String department, Path<Purchaser> root, CriteriaBuilder cb) {
        var lens = LENSES.get(department);
        if (lens == null) {
            return cb.equal(root.get("supervisingDepartmentCode"), department);
        }
        return lens.type() != null ? cb.equal(root.get("type"), lens.type())
                : cb.equal(root.get("budgetUnitKind"), lens.kind());
    }
}
