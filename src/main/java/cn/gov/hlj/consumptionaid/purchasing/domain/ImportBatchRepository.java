package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.ImportType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long>, JpaSpecificationExecutor<ImportBatch> {

    Optional<ImportBatch> findByTypeAndFileSha256(ImportType type, String fileSha256);
}
