package cn.gov.hlj.consumptionaid.sales.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface OutletRepository extends JpaRepository<Outlet, Long>, JpaSpecificationExecutor<Outlet> {

    @Query("select o.regionCode from Outlet o where o.id = :id")
    Optional<String> findRegionCode(@Param("id") long id);

    @Query("select o.id from Outlet o where o.regionCode = :region and o.name = :name")
    Optional<Long> findIdByRegionAndName(@Param("region") String regionCode, @Param("name") String name);
}
