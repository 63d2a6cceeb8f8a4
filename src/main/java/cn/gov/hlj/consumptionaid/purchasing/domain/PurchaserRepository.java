package cn.gov.hlj.consumptionaid.purchasing.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PurchaserRepository extends JpaRepository<Purchaser, Long>, JpaSpecificationExecutor<Purchaser> {

    Optional<Purchaser> findByCode(String code);

    @Query("select p.code from Purchaser p where p.code in :codes")
    List<String> findExistingCodes(Collection<String> codes);
}
