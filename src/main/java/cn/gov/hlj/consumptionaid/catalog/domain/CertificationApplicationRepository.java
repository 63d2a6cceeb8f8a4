package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

public interface CertificationApplicationRepository extends JpaRepository<CertificationApplication, Long>,
        JpaSpecificationExecutor<CertificationApplication> {

    @Query("select a.countyCode from CertificationApplication a where a.id = :id")
    Optional<String> findCountyCode(Long id);

    /**
     * The highest catalog number made of the prefix (a county and year) and a 4-digit sequence; numbers of other
     * shapes (e.g. imported from an older list) do not take part.
     */
    @Query("select max(a.catalogNumber) from CertificationApplication a"
            + " where a.catalogNumber like concat(:prefix, '____') and length(a.catalogNumber) = length(:prefix) + 4")
    Optional<String> findLastCatalogNumber(String prefix);

    java.util.List<CertificationApplication> findByEntity(MarketEntity entity);

    boolean existsByCatalogNumber(String catalogNumber);

    boolean existsByRenewalOfIdAndStatusIn(Long renewalOfId, Collection<CertificationStatus> statuses);

    @Override
    @EntityGraph(attributePaths = "entity")
    Optional<CertificationApplication> findById(Long id);
}
