package cn.gov.hlj.consumptionaid.catalog.domain;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface CertificationApplicationRepository extends JpaRepository<CertificationApplication, Long>,
        JpaSpecificationExecutor<CertificationApplication> {

    @Query("select a.countyCode from CertificationApplication a where a.id = :id")
    Optional<String> findCountyCode(Long id);

    /** The highest catalog number that begins with the prefix (a county's numbers of one year). */
    @Query("select max(a.catalogNumber) from CertificationApplication a where a.catalogNumber like concat(:prefix, '%')")
    Optional<String> findLastCatalogNumber(String prefix);

    java.util.List<CertificationApplication> findByEntity(MarketEntity entity);

    @Override
    @EntityGraph(attributePaths = "entity")
    Optional<CertificationApplication> findById(Long id);
}
