package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

public interface RegionRepository extends JpaRepository<Region, String>, JpaSpecificationExecutor<Region> {

    List<Region> findByLevelOrderByCode(RegionLevel level);

    List<Region> findByParentCodeAndLevelOrderByCode(String parentCode, RegionLevel level);

    List<Region> findByNationalPovertyCountyTrueOrProvincialPovertyCountyTrueOrderByCode();
}
