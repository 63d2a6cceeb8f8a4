package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.ComplaintFilter;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.util.Locale;

/** The complaint list, always inside the user's region subtree. */
public final class ComplaintSpecifications {

    private ComplaintSpecifications() {
    }

    public static Specification<Complaint> matching(ComplaintFilter filter, String regionPrefix, LocalDate today) {
        Specification<Complaint> spec = (root, query, cb) ->
                cb.like(root.get("countyCode"), LikePatterns.escape(regionPrefix) + "%", LikePatterns.ESCAPE);
        if (filter.openOnly() || filter.overdueOnly()) {
            spec = spec.and((root, query, cb) -> cb.isNull(root.get("closedOn")));
        }
        if (filter.overdueOnly()) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("deadline"), today));
        }
        if (filter.text() != null) {
            var pattern = "%" + LikePatterns.escape(filter.text().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("description")), pattern, LikePatterns.ESCAPE),
                    cb.like(cb.lower(root.join("entity").get("name")), pattern, LikePatterns.ESCAPE)));
        }
        return spec;
    }
}
