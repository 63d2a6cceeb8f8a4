package cn.gov.hlj.consumptionaid.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface MarketEntityRepository extends JpaRepository<MarketEntity, Long>,
        JpaSpecificationExecutor<MarketEntity> {

    Optional<MarketEntity> findByCreditCode(String creditCode);

    boolean existsByCreditCode(String creditCode);
}
