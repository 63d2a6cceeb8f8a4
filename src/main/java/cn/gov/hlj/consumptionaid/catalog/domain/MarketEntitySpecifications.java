package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.MarketEntityFilter;
import cn.gov.hlj.consumptionaid.reference.RegionCodes;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** The entity registry's filter, always inside the user's region subtree. */
public final class MarketEntitySpecifications {

    private MarketEntitySpecifications() {
    }

    /** @param regionPrefix the user's region subtree ({@code DataScope.regionPrefix()}) */
    public static Specification<MarketEntity> matching(MarketEntityFilter filter, String regionPrefix) {
        var spec = inRegion(regionPrefix);
        if (filter.regionCode() != null) {
            spec = spec.and(inRegion(RegionCodes.subtreePrefix(filter.regionCode())));
        }
        if (filter.text() != null) {
            var pattern = LikePatterns.escape(filter.text().toLowerCase(Locale.ROOT));
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("name")), "%" + pattern + "%", LikePatterns.ESCAPE),
                    cb.like(cb.lower(root.get("creditCode")), pattern + "%", LikePatterns.ESCAPE)));
        }
        if (filter.blacklistedOnly()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("blacklisted")));
        }
        return spec;
    }

    static Specification<MarketEntity> inRegion(String prefix) {
        return (root, query, cb) -> cb.like(root.get("countyCode"), LikePatterns.escape(prefix) + "%", LikePatterns.ESCAPE);
    }
}
