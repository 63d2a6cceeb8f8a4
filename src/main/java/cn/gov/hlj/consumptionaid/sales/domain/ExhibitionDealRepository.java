package cn.gov.hlj.consumptionaid.sales.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface ExhibitionDealRepository extends JpaRepository<ExhibitionDeal, Long> {

    @Query("select d.exhibition.regionCode from ExhibitionDeal d where d.id = :id")
    Optional<String> findRegionCode(@Param("id") long id);
}
