package cn.gov.hlj.consumptionaid.purchasing.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface ReservedShareRepository extends JpaRepository<ReservedShare, Long>,
        JpaSpecificationExecutor<ReservedShare> {

    @Query("select s.purchaser.code from ReservedShare s where s.year = :year and s.purchaser.code in :codes")
    List<String> findCodesWithShare(int year, Collection<String> codes);
}
