package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserFilter;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.Map;

/**
 * The purchaser lists: the user's filter, always within their data scope. Departments see purchasers through their
 * lens on the one purchaser model — finance all budget units, education the schools, health the hospitals, SASAC
 * the SOEs, the federation of industry and commerce the private enterprises, the trade unions the unions, civil
 * affairs the social organisations — and any other department the purchasers it supervises.
 */
public final class PurchaserSpecifications {

    private PurchaserSpecifications() {
    }

    public static Specification<Purchaser> matching(PurchaserFilter filter, DataScope scope) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.like(root.get("regionCode"), scope.regionPrefix() + "%"));
            if (!scope.allDepartments()) {
                var lenses = scope.departments().stream().map(d -> lens(d, root, cb)).toList();
                predicates.add(lenses.isEmpty() ? cb.disjunction() : cb.or(lenses.toArray(Predicate[]::new)));
            }
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
        var lens = LENSES.get(department);
        if (lens == null) {
            return department.equals(supervisingDepartment);
        }
        return lens.type() != null ? lens.type() == type : lens.kind() == kind;
    }

    private static Predicate lens(String department, Root<Purchaser> root, CriteriaBuilder cb) {
        var lens = LENSES.get(department);
        if (lens == null) {
            return cb.equal(root.get("supervisingDepartmentCode"), department);
        }
        return lens.type() != null ? cb.equal(root.get("type"), lens.type())
                : cb.equal(root.get("budgetUnitKind"), lens.kind());
    }
}
