package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.ApplicationFilter;
import cn.gov.hlj.consumptionaid.catalog.CatalogFilter;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.reference.RegionCodes;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/** Application lists (work queue, search, catalog), always inside the user's region subtree. */
public final class CertificationApplicationSpecifications {

    private CertificationApplicationSpecifications() {
    }

    /**
     * @param regionPrefix the user's region subtree ({@code DataScope.regionPrefix()})
     * @param awaiting     the states that wait for the user's level; used when the filter asks for the work queue
     */
    public static Specification<CertificationApplication> matching(ApplicationFilter filter, String regionPrefix,
                                                                   Collection<CertificationStatus> awaiting) {
        var spec = inRegion(regionPrefix);
        if (filter.awaitingMe()) {
            spec = spec.and(statusIn(awaiting));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.regionCode() != null) {
            spec = spec.and(inRegion(RegionCodes.subtreePrefix(filter.regionCode())));
        }
        if (filter.text() != null) {
            spec = spec.and(text(filter.text()));
        }
        return spec;
    }

    public static Specification<CertificationApplication> inRegion(String prefix) {
        return (root, query, cb) -> cb.like(root.get("countyCode"), LikePatterns.escape(prefix) + "%", LikePatterns.ESCAPE);
    }

    public static Specification<CertificationApplication> statusIn(Collection<CertificationStatus> statuses) {
        return (root, query, cb) -> statuses.isEmpty() ? cb.disjunction() : root.get("status").in(statuses);
    }

    /** The product name or the producer's name contains the text, or the credit code begins with it. */
    public static Specification<CertificationApplication> text(String text) {
        var pattern = LikePatterns.escape(text.toLowerCase(Locale.ROOT));
        return (root, query, cb) -> {
            var entity = root.join("entity");
            return cb.or(
                    cb.like(cb.lower(root.get("productName")), "%" + pattern + "%", LikePatterns.ESCAPE),
                    cb.like(cb.lower(entity.get("name")), "%" + pattern + "%", LikePatterns.ESCAPE),
                    cb.like(cb.lower(entity.get("creditCode")), pattern + "%", LikePatterns.ESCAPE));
        };
    }

    /**
     * The catalog: applications in the catalog within the region that the filter selects; validity states are
     * relative to {@code today} (expiring: valid until within {@code expiringDays} days).
     */
    public static Specification<CertificationApplication> catalog(CatalogFilter filter, String regionPrefix,
                                                                  LocalDate today, int expiringDays) {
        var spec = inRegion(regionPrefix).and(statusIn(CertificationStatus.LISTED));
        if (filter.regionCode() != null) {
            spec = spec.and(inRegion(RegionCodes.subtreePrefix(filter.regionCode())));
        }
        if (filter.categoryCode() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("categoryCode"), filter.categoryCode()));
        }
        if (filter.text() != null) {
            var pattern = LikePatterns.escape(filter.text().toLowerCase(Locale.ROOT));
            spec = spec.and(text(filter.text()).or((root, query, cb) ->
                    cb.like(cb.lower(root.get("catalogNumber")), "%" + pattern + "%", LikePatterns.ESCAPE)));
        }
        if (filter.producer() != null) {
            var pattern = LikePatterns.escape(filter.producer().toLowerCase(Locale.ROOT));
            spec = spec.and((root, query, cb) -> {
                var entity = root.join("entity");
                return cb.or(cb.like(cb.lower(entity.get("name")), "%" + pattern + "%", LikePatterns.ESCAPE),
                        cb.like(cb.lower(entity.get("creditCode")), pattern + "%", LikePatterns.ESCAPE));
            });
        }
        if (filter.expiry() != null) {
            var limit = today.plusDays(expiringDays);
            spec = spec.and(switch (filter.expiry()) {
                case EXPIRED -> (root, query, cb) -> cb.lessThan(root.get("validUntil"), today);
                case EXPIRING -> (root, query, cb) -> cb.between(root.get("validUntil"), today, limit);
                case VALID -> (root, query, cb) -> cb.greaterThan(root.get("validUntil"), limit);
            });
        }
        return spec;
    }
}
