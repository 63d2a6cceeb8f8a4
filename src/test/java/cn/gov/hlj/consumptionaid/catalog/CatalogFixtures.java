package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Applications of any county in any state, written through the domain model by the reviewers of that region (the
 * demo accounts cover only 延寿县 and 哈尔滨市). For tests that need data, not for testing the chain itself.
 */
public final class CatalogFixtures {

    private final MarketEntityRepository entities;
    private final CertificationApplicationRepository applications;
    private final TransactionTemplate transaction;

    public CatalogFixtures(MarketEntityRepository entities, CertificationApplicationRepository applications,
                    TransactionTemplate transaction) {
        this.entities = entities;
        this.applications = applications;
        this.transaction = transaction;
    }

    /** An application of a new entity of the county, brought to {@code status} along the chain. */
    public long application(String countyCode, String productName, CertificationStatus status) {
        return application(countyCode, productName, status, LocalDate.of(2020, 10, 12), false);
    }

    /** The same for a 扶贫龙头企业. */
    public long priorityApplication(String countyCode, String productName, CertificationStatus status) {
        return application(countyCode, productName, status, LocalDate.of(2020, 10, 12), true);
    }

    /** A catalog entry published on {@code publishedOn} (its notice the 5 calendar days before, good enough here). */
    public long published(String countyCode, String productName, LocalDate publishedOn) {
        return application(countyCode, productName, CertificationStatus.IN_CATALOG, publishedOn, false);
    }

    private long application(String countyCode, String productName, CertificationStatus status,
                             LocalDate publishedOn, boolean priority) {
        return transaction.execute(tx -> {
            var entity = entities.save(new MarketEntity(CatalogTestData.entityForm(countyCode,
                    CatalogTestData.unique(productName + "合作社")).withLeadingEnterprise(priority)));
            var county = new Actor("county-" + countyCode, "县级审核员", ReviewLevel.COUNTY, countyCode);
            var city = new Actor("city-" + countyCode, "市级审核员", ReviewLevel.CITY, countyCode.substring(0, 4));
            var province = new Actor("province-reviewer", "省扶贫办复核员", ReviewLevel.PROVINCE, "23");
            var at = LocalDateTime.now();
            var a = new CertificationApplication(entity, CatalogTestData.applicationForm(entity.getId(), productName),
                    county, at, "材料齐全");
            var steps = new Runnable[] {
                    () -> a.certifyAtCounty(county, at, "同意认定"),
                    () -> a.reviewAtCity(city, at, "同意"),
                    () -> a.recheckAtProvince(province, at, "复核通过"),
                    () -> a.fileNationally("第1批", publishedOn.minusDays(10), province, at, null),
                    () -> a.startNotice(publishedOn.minusDays(7), publishedOn.minusDays(1), province, at, null),
                    () -> a.publish("FIX-" + publishedOn.getYear() + "-" + countyCode + "-"
                            + CatalogTestData.unique("T"), publishedOn, province, at)};
            for (var step : steps) {
                if (a.getStatus() == status) {
                    break;
                }
                step.run();
            }
            if (a.getStatus() != status) {
                throw new IllegalArgumentException("Not on the chain: " + status);
            }
            return applications.save(a).getId();
        });
    }
}
