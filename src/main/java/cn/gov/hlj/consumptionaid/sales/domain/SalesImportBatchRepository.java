package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.SalesImportType;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SalesImportBatchRepository extends JpaRepository<SalesImportBatch, Long> {

    Optional<SalesImportBatch> findByTypeAndFileSha256(SalesImportType type, String fileSha256);
}
