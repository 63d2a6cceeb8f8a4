package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.ExhibitionFilter;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.util.ArrayList;

/** The exhibition list: the user's filter, always within their region subtree. */
public final class ExhibitionSpecifications {

    private ExhibitionSpecifications() {
    }

    public static Specification<Exhibition> matching(ExhibitionFilter filter, String scopePrefix) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.like(root.get("regionCode"), scopePrefix + "%"));
            if (filter.text() != null) {
                var pattern = LikePatterns.containing(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("place")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("organizer")), pattern, LikePatterns.ESCAPE)));
            }
            if (filter.channelCode() != null) {
                predicates.add(cb.equal(root.get("channelCode"), filter.channelCode()));
            }
            if (filter.year() != null) {
                predicates.add(cb.between(root.get("startsOn"), LocalDate.of(filter.year(), 1, 1),
                        LocalDate.of(filter.year(), 12, 31)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
