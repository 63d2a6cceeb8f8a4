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
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Withdrawal from the catalog (退出) and the effects of blacklisting on applications and catalog products. */
@IntegrationTest
@RecordApplicationEvents
class WithdrawalTest {

    @Autowired
    CertificationService service;
    @Autowired
    CatalogService catalog;
    @Autowired
    MarketEntityService entities;
    @Autowired
    MarketEntityRepository entityRepository;
    @Autowired
    CertificationApplicationRepository applicationRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired
    MutableClock clock;

    private SignIn signIn;
    private CatalogFixtures fixtures;
    private String name;

    @BeforeEach
    void setUp() {
        clock.reset();
        signIn = new SignIn(users, holder);
        fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
        name = unique("退出测试大米");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long listed(CatalogFilter filter) {
        return catalog.count(filter.withText(name));
    }

    @Test
    void the_county_confirms_the_province_approves_and_the_product_leaves_the_catalog_with_its_history() {
        long id = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(2));
        signIn.as("yanshou-reviewer");
        var detail = service.confirmWithdrawal(id, service.detail(id).row().version(),
                WithdrawalReason.QUALITY_OR_SAFETY, "2026年省市场监管局抽检镉超标");
        assertThat(detail.row().status()).isEqualTo(WITHDRAWAL_CONFIRMED);
        assertThat(listed(CatalogFilter.ALL)).as("still listed until the province approves").isOne();

        signIn.as("province-reviewer");
        assertThat(service.list(ApplicationFilter.WORK_QUEUE.withText(name), Pageable.unpaged()))
                .extracting(ApplicationRow::id).containsExactly(id);
        var today = LocalDate.now(clock);
        detail = service.approveWithdrawal(id, detail.row().version(), today, "同意退出");
        assertThat(detail.row().status()).isEqualTo(WITHDRAWN);
        assertThat(detail.withdrawnOn()).isEqualTo(today);
        assertThat(listed(CatalogFilter.ALL)).isZero();
        assertThat(events.stream(ProductWithdrawn.class)).singleElement().satisfies(event -> {
            assertThat(event.applicationId()).isEqualTo(id);
            assertThat(event.reason()).isEqualTo(WithdrawalReason.QUALITY_OR_SAFETY);
        });

        long version = detail.row().version();
        assertThatThrownBy(() -> service.reportWithdrawalNationally(id, version, today.minusDays(1)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("国家报备日期（" + today.minusDays(1) + "）不能早于退出日期（" + today + "）。"));
        detail = service.reportWithdrawalNationally(id, version, today);
        assertThat(detail.withdrawalReportedOn()).isEqualTo(today);
        assertThat(detail.row().catalogNumber()).startsWith("FIX-");
        assertThat(detail.steps()).extracting(StepRow::action).endsWith(CertificationAction.PUBLISHED,
                CertificationAction.WITHDRAWAL_CONFIRMED, CertificationAction.WITHDRAWAL_APPROVED,
                CertificationAction.WITHDRAWAL_REPORTED);
    }

    @Test
    void the_province_may_decline_a_withdrawal_and_the_product_stays() {
        long id = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(2));
        signIn.as("yanshou-reviewer");
        var detail = service.confirmWithdrawal(id, service.detail(id).row().version(),
                WithdrawalReason.NO_SALES_FOR_A_YEAR, "一年无销售记录");
        signIn.as("province-reviewer");
        detail = service.declineWithdrawal(id, detail.row().version(), "有832平台销售记录");
        assertThat(detail.row().status()).isEqualTo(IN_CATALOG);
        assertThat(listed(CatalogFilter.ALL)).isOne();
    }

    @Test
    void only_the_county_confirms_and_only_the_province_approves() {
        long id = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(2));
        signIn.as("harbin-reviewer");
        assertThatThrownBy(() -> service.confirmWithdrawal(id, service.detail(id).row().version(),
                WithdrawalReason.VIOLATION, "违规")).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("yanshou-reviewer");
        var detail = service.confirmWithdrawal(id, service.detail(id).row().version(), WithdrawalReason.VIOLATION,
                "违规使用扶贫产品标识");
        long version = detail.row().version();
        assertThatThrownBy(() -> service.approveWithdrawal(id, version, LocalDate.now(clock), null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.detail(id).row().status()).isEqualTo(WITHDRAWAL_CONFIRMED);
    }

    @Test
    void blacklisting_withdraws_the_entitys_products_rejects_its_open_applications_and_blocks_new_ones() {
        signIn.as("yanshou-reviewer");
        var entity = entities.register(CatalogTestData.entityForm(YANSHOU, unique("失信测试合作社")));
        var open = service.submit(CatalogTestData.applicationForm(entity.id(), name + "木耳"), null);
        long inCatalog = transaction.execute(tx -> {
            var e = entityRepository.findById(entity.id()).orElseThrow();
            var county = new Actor("county", "县级审核员", ReviewLevel.COUNTY, YANSHOU);
            var province = new Actor("province-reviewer", "省扶贫办复核员", ReviewLevel.PROVINCE, "23");
            var a = new cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication(e,
                    CatalogTestData.applicationForm(e.getId(), name), county, java.time.LocalDateTime.now(), null);
            var at = java.time.LocalDateTime.now();
            a.certifyAtCounty(county, at, null);
            a.reviewAtCity(new Actor("city", "市级审核员", ReviewLevel.CITY, "2301"), at, null);
            a.recheckAtProvince(province, at, null);
            a.fileNationally("第1批", LocalDate.of(2026, 9, 1), province, at, null);
            a.startNotice(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11), province, at, null);
            a.publish("FIX-2026-230129-" + unique("B"), LocalDate.of(2026, 9, 14), province, at);
            return applicationRepository.save(a).getId();
        });
        assertThat(listed(CatalogFilter.ALL)).isOne();

        signIn.as("supervisor");
        entities.blacklist(entity.id(), entities.find(entity.id()).version(), "以次充好，骗取扶贫产品认定",
                "12317举报及县市场监管局查处决定");

        assertThat(listed(CatalogFilter.ALL)).isZero();
        assertThat(service.detail(inCatalog).row().status()).isEqualTo(WITHDRAWN);
        assertThat(service.detail(inCatalog).withdrawalReason()).isEqualTo(WithdrawalReason.VIOLATION);
        assertThat(service.detail(open.row().id()).row().status()).isEqualTo(REJECTED);
        assertThat(service.detail(open.row().id()).steps().getLast().action())
                .isEqualTo(CertificationAction.CLOSED_BY_BLACKLISTING);
        assertThat(events.stream(MarketEntityBlacklisted.class)).hasSize(1);
        assertThat(events.stream(ProductWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.applicationId()).isEqualTo(inCatalog));

        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.submit(CatalogTestData.applicationForm(entity.id(), name + "新品"), null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.application.error.blacklisted"));

        signIn.as("province-reviewer");
        var removed = entities.removeFromBlacklist(entity.id(), entities.find(entity.id()).version(), "已整改到位");
        assertThat(removed.blacklisted()).isFalse();
        assertThat(service.detail(inCatalog).row().status()).as("withdrawal stays").isEqualTo(WITHDRAWN);
    }
}
