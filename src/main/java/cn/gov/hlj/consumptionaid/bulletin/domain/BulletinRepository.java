package cn.gov.hlj.consumptionaid.bulletin.domain;

import cn.gov.hlj.consumptionaid.bulletin.BulletinStatus;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    Optional<Bulletin> findTopByTypeAndPeriodFromAndPeriodToAndScopeRegionCodeOrderByDocVersionDesc(
            BulletinType type, LocalDate periodFrom, LocalDate periodTo, String scopeRegionCode);

    @Query("select coalesce(max(b.issueNumber), 0) from Bulletin b"
            + " where b.type = :type and b.scopeRegionCode = :scope and b.issueYear = :year")
    int lastIssueNumber(@Param("type") BulletinType type, @Param("scope") String scopeRegionCode,
                        @Param("year") int year);

    List<Bulletin> findByScopeRegionCodeStartingWithOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
            String regionPrefix, Pageable pageable);

    long countByScopeRegionCodeStartingWith(String regionPrefix);

    List<Bulletin> findByScopeRegionCodeStartingWithAndStatusOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
            String regionPrefix, BulletinStatus status, Pageable pageable);

    long countByScopeRegionCodeStartingWithAndStatus(String regionPrefix, BulletinStatus status);

    List<Bulletin> findByScopeRegionCodeStartingWithAndTypeInOrderByPeriodToDescScopeRegionCodeAscDocVersionDesc(
            String regionPrefix, Collection<BulletinType> types, Pageable pageable);

    long countByScopeRegionCodeStartingWithAndTypeIn(String regionPrefix, Collection<BulletinType> types);
}
