package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.MarketEntityFilter;
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
            spec = spec.and(inRegion(Regions.prefix(filter.regionCode())));
        }
        if (filter.text() != null) {
            var pattern = Regions.escape(filter.text().toLowerCase(Locale.ROOT));
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("name")), "%" + pattern + "%", Regions.ESCAPE),
                    cb.like(cb.lower(root.get("creditCode")), pattern + "%", Regions.ESCAPE)));
        }
        if (filter.blacklistedOnly()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("blacklisted")));
        }
        return spec;
    }

    static Specification<MarketEntity> inRegion(String prefix) {
        return (root, query, cb) -> cb.like(root.get("countyCode"), Regions.escape(prefix) + "%", Regions.ESCAPE);
    }
}
