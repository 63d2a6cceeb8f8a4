package cn.gov.hlj.consumptionaid.bulletin.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface BulletinDownloadRepository extends JpaRepository<BulletinDownload, Long> {

    long countByBulletinId(long bulletinId);

    List<BulletinDownload> findByBulletinIdOrderByDownloadedAtDesc(long bulletinId);
}
