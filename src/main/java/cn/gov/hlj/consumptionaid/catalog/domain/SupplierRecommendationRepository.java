package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.RecommendationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SupplierRecommendationRepository extends JpaRepository<SupplierRecommendation, Long> {

    @Query("select r.countyCode from SupplierRecommendation r where r.id = :id")
    Optional<String> findCountyCode(Long id);

    boolean existsByEntityAndStatusIn(MarketEntity entity, Collection<RecommendationStatus> statuses);

    @Query("select r from SupplierRecommendation r join fetch r.entity where r.countyCode like concat(:prefix, '%')"
            + " order by r.recommendedAt desc, r.id desc")
    List<SupplierRecommendation> findInRegion(String prefix);

    /**
     * Entities of the region that are eligible — not blacklisted, with a product in the catalog — and have no
     * recommendation that counts.
     */
    @Query("""
            select e from MarketEntity e where e.countyCode like concat(:prefix, '%') and e.blacklisted = false
              and exists (select a.id from CertificationApplication a where a.entity = e and a.status in :listed)
              and not exists (select r.id from SupplierRecommendation r where r.entity = e and r.status in :active)
            order by e.countyCode, e.name""")
    List<MarketEntity> findEligibleNotRecommended(String prefix, Collection<CertificationStatus> listed,
                                                  Collection<RecommendationStatus> active);
}
