package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.ImportType;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    Optional<ImportBatch> findByTypeAndFileSha256(ImportType type, String fileSha256);
}
