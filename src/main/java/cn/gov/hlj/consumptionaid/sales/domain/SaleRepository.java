package cn.gov.hlj.consumptionaid.sales.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface SaleRepository extends JpaRepository<Sale, Long>, JpaSpecificationExecutor<Sale>,
        SaleTotals {

    /** The record numbers of one channel among {@code recordNos} that are already stored. */
    @Query("select s.recordNo from Sale s where s.channelCode = :channel and s.recordNo in :recordNos")
    List<String> findStoredRecordNos(@Param("channel") String channelCode,
                                     @Param("recordNos") Collection<String> recordNos);
}
