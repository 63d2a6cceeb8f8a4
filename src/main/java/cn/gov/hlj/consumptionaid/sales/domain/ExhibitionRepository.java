package cn.gov.hlj.consumptionaid.sales.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ExhibitionRepository extends JpaRepository<Exhibition, Long>, JpaSpecificationExecutor<Exhibition> {

    @Query("select e.regionCode from Exhibition e where e.id = :id")
    Optional<String> findRegionCode(@Param("id") long id);

    @Query("select e.id from Exhibition e where e.name = :name")
    Optional<Long> findIdByName(@Param("name") String name);

    @Query("select new cn.gov.hlj.consumptionaid.sales.domain.DealTotals(d.exhibition.id, count(d), sum(d.amount)) "
            + "from ExhibitionDeal d where d.exhibition.id in :ids group by d.exhibition.id")
    List<DealTotals> findDealTotals(@Param("ids") Collection<Long> ids);
}
