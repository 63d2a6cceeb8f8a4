package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renewal: opens three months before expiry, as a new application prefilled from the old one, which it replaces. */
@IntegrationTest
class RenewalTest {

    @Autowired
    CertificationService service;
    @Autowired
    CatalogService catalog;
    @Autowired
    MarketEntityRepository entityRepository;
    @Autowired
    CertificationApplicationRepository applicationRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired
    MutableClock clock;

    private SignIn signIn;
    private CatalogFixtures fixtures;
    private String name;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        clock.reset();
        today = LocalDate.now(clock);
        signIn = new SignIn(users, holder);
        fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
        name = unique("续期测试大米");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_renewal_opens_three_months_before_expiry_and_replaces_the_old_entry_when_published() {
        // valid until today + 60 days: inside the three months
        long old = fixtures.published(YANSHOU, name, today.minusYears(1).plusDays(61));
        signIn.as("yanshou-reviewer");
        assertThat(service.renewable(old)).isTrue();
        var form = service.detail(old).toForm().withPrice(new BigDecimal("70.00"));
        var renewal = service.renew(old, form, "续期申请");
        assertThat(renewal.renewalOfId()).isEqualTo(old);
        assertThat(renewal.row().status()).isEqualTo(CertificationStatus.SUBMITTED);
        assertThat(renewal.row().productName()).isEqualTo(name);
        assertThat(renewal.price()).isEqualByComparingTo("70.00");
        assertThat(service.renewable(old)).as("one renewal at a time").isFalse();
        assertThatThrownBy(() -> service.renew(old, form, null)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("该产品已有正在办理的续期申请。"));

        long id = renewal.row().id();
        var detail = service.certifyAtCounty(id, renewal.row().version(), null);
        signIn.as("harbin-reviewer");
        detail = service.reviewAtCity(id, detail.row().version(), null);
        signIn.as("province-reviewer");
        detail = service.recheckAtProvince(id, detail.row().version(), null);
        detail = service.fileNationally(id, detail.row().version(), "2026年第9批", LocalDate.of(2026, 11, 2), null);
        detail = service.startNotice(id, detail.row().version(), LocalDate.of(2026, 11, 9), null);
        assertThat(detail.row().noticeEnd()).isEqualTo(LocalDate.of(2026, 11, 13));
        detail = service.publish(id, detail.row().version(), LocalDate.of(2026, 11, 16));

        assertThat(detail.row().status()).isEqualTo(CertificationStatus.IN_CATALOG);
        assertThat(detail.row().validUntil()).isEqualTo(LocalDate.of(2027, 11, 15));
        assertThat(detail.row().catalogNumber()).matches("HLJ-2026-230129-\\d{4}");
        var previous = service.detail(old);
        assertThat(previous.row().status()).isEqualTo(CertificationStatus.RENEWED);
        assertThat(previous.steps().getLast().comment()).isEqualTo(detail.row().catalogNumber());
        assertThat(catalog.list(CatalogFilter.ALL.withText(name), org.springframework.data.domain.Pageable.unpaged()))
                .extracting(CatalogEntryRow::applicationId).containsExactly(id);
    }

    @Test
    void a_renewal_is_refused_earlier_than_three_months_before_expiry() {
        long old = fixtures.published(YANSHOU, name, today.minusDays(30));
        signIn.as("yanshou-reviewer");
        assertThat(service.renewable(old)).isFalse();
        var form = service.detail(old).toForm();
        var opens = today.minusDays(30).plusYears(1).minusDays(1).minusMonths(3);
        assertThatThrownBy(() -> service.renew(old, form, null)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("续期申请自 " + opens + "（有效期满前 3 个月）起方可提交。"));
    }

    @Test
    void only_the_county_reviewer_of_the_county_renews() {
        long old = fixtures.published(YANSHOU, name, today.minusYears(1).plusDays(61));
        signIn.as("harbin-reviewer");
        var form = service.detail(old).toForm();
        assertThatThrownBy(() -> service.renew(old, form, null)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
