package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.shared.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** The region list's filter as a JPA {@link Specification}. */
public final class RegionSpecifications {

    private RegionSpecifications() {
    }

    public static Specification<Region> matching(RegionFilter filter) {
        var spec = Specification.<Region>unrestricted();
        if (filter.text() != null) {
            spec = spec.and(text(filter.text()));
        }
        if (filter.level() != null) {
            spec = spec.and(level(filter.level()));
        }
        if (filter.prefectureCode() != null) {
            spec = spec.and(inPrefecture(filter.prefectureCode()));
        }
        if (filter.povertyOnly()) {
            spec = spec.and(povertyCounty());
        }
        return spec;
    }

    /** The code begins with the text, or either name contains it (case-insensitive). */
    static Specification<Region> text(String text) {
        var pattern = LikePatterns.escape(text.toLowerCase(Locale.ROOT));
        return (root, query, cb) -> cb.or(
                cb.like(root.get("code"), pattern + "%", LikePatterns.ESCAPE),
                cb.like(cb.lower(root.get("nameZh")), "%" + pattern + "%", LikePatterns.ESCAPE),
                cb.like(cb.lower(root.get("nameEn")), "%" + pattern + "%", LikePatterns.ESCAPE));
    }

    static Specification<Region> level(RegionLevel level) {
        return (root, query, cb) -> cb.equal(root.get("level"), level);
    }

    /** The prefecture itself and the counties under it. */
    static Specification<Region> inPrefecture(String prefectureCode) {
        return (root, query, cb) -> cb.or(
                cb.equal(root.get("code"), prefectureCode),
                cb.equal(root.get("parentCode"), prefectureCode));
    }

    static Specification<Region> povertyCounty() {
        return (root, query, cb) -> cb.or(
                cb.isTrue(root.get("nationalPovertyCounty")),
                cb.isTrue(root.get("provincialPovertyCounty")));
    }

}
