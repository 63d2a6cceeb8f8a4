package cn.gov.hlj.consumptionaid.bulletin.domain;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface BulletinDocumentRepository extends JpaRepository<BulletinDocument, Long> {

    Optional<BulletinDocument> findByBulletinIdAndFormat(long bulletinId, BulletinFormat format);
}
