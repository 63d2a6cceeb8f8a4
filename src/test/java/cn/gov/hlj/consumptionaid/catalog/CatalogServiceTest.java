package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CatalogServiceTest {

    @Autowired
    CatalogService service;
    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;

    private CatalogFixtures fixtures;
    private String name;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new CatalogFixtures(entities, applications, transaction);
        name = unique("目录测试大米");
        today = LocalDate.now(clock);
    }

    private CatalogFilter mine() {
        return CatalogFilter.ALL.withText(name);
    }

    @Test
    @WithUserDetails("province-reviewer")
    void the_catalog_shows_published_products_with_their_validity_and_flags_those_expiring_within_90_days() {
        long valid = fixtures.published(YANSHOU, name, today.minusDays(30));
        long expiring = fixtures.published(YANSHOU, name, today.minusYears(1).plusDays(60));
        long expired = fixtures.published(LONGJIANG, name, today.minusYears(1).minusDays(5));
        long inNotice = fixtures.application(YANSHOU, name, CertificationStatus.PUBLIC_NOTICE);

        var rows = service.list(mine(), Pageable.unpaged());
        assertThat(rows).extracting(CatalogEntryRow::applicationId)
                .containsExactlyInAnyOrder(valid, expiring, expired).doesNotContain(inNotice);
        assertThat(rows).filteredOn(r -> r.applicationId() == expiring).singleElement().satisfies(r -> {
            assertThat(r.expiry()).isEqualTo(CatalogExpiry.EXPIRING);
            assertThat(r.validUntil()).isEqualTo(today.plusDays(59));
        });
        assertThat(service.list(mine().withExpiry(CatalogExpiry.EXPIRING), Pageable.unpaged()))
                .extracting(CatalogEntryRow::applicationId).containsExactly(expiring);
        assertThat(service.list(mine().withExpiry(CatalogExpiry.EXPIRED), Pageable.unpaged()))
                .extracting(CatalogEntryRow::applicationId).containsExactly(expired);
        assertThat(service.list(mine().withExpiry(CatalogExpiry.VALID), Pageable.unpaged()))
                .extracting(CatalogEntryRow::applicationId).containsExactly(valid);
        assertThat(service.count(mine().withRegionCode("230200"))).isOne();
        assertThat(service.count(mine().withCategoryCode("RICE"))).isEqualTo(3);
        assertThat(service.count(mine().withCategoryCode("HONEY"))).isZero();
    }

    @Test
    @WithUserDetails("yanshou-reviewer")
    void a_county_reviewer_sees_only_their_countys_catalog() {
        long own = fixtures.published(YANSHOU, name, today.minusDays(10));
        fixtures.published(LONGJIANG, name, today.minusDays(10));
        assertThat(service.list(mine(), Pageable.unpaged())).extracting(CatalogEntryRow::applicationId)
                .containsExactly(own);
    }

    @Test
    @WithUserDetails("leader")
    void leadership_reads_the_whole_catalog_and_filters_by_producer() {
        long own = fixtures.published(YANSHOU, name, today.minusDays(10));
        var producer = service.list(mine(), Pageable.unpaged()).getFirst().producerName();
        assertThat(service.list(CatalogFilter.ALL.withProducer(producer), Pageable.unpaged()))
                .extracting(CatalogEntryRow::applicationId).containsExactly(own);
    }

    @Test
    @WithUserDetails("finance")
    void a_department_member_cannot_read_the_catalog() {
        assertThatThrownBy(() -> service.list(CatalogFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
