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

import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Supplier recommendation to the 832 platform: the county recommends, the province reviews and records the outcome. */
@IntegrationTest
class SupplierRecommendationTest {

    @Autowired
    SupplierRecommendationService service;
    @Autowired
    CertificationService certification;
    @Autowired
    MarketEntityService entities;
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

    @BeforeEach
    void setUp() {
        clock.reset();
        signIn = new SignIn(users, holder);
        fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
        name = unique("推荐测试大米");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long producerOf(long application) {
        return certification.detail(application).row().entityId();
    }

    @Test
    void a_county_recommends_an_eligible_entity_the_province_approves_and_records_its_admission() {
        signIn.as("province-reviewer");
        long entityId = producerOf(fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(1)));
        signIn.as("yanshou-reviewer");
        assertThat(service.eligibleNotRecommended()).extracting(MarketEntityRow::id).contains(entityId);

        var recommendation = service.recommend(entityId, "带贫效果好，应上尽上");
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.RECOMMENDED);
        assertThat(recommendation.recommendedBy()).isEqualTo("延寿县扶贫办审核员");
        assertThat(service.eligibleNotRecommended()).extracting(MarketEntityRow::id).doesNotContain(entityId);
        assertThatThrownBy(() -> service.recommend(entityId, null)).isInstanceOf(CatalogException.class);

        signIn.as("province-reviewer");
        recommendation = service.review(recommendation.id(), recommendation.version(), true, "同意推荐");
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.PROVINCE_APPROVED);
        recommendation = service.recordNationalOutcome(recommendation.id(), recommendation.version(), true,
                LocalDate.of(2026, 11, 20), null);
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ADMITTED);
        assertThat(recommendation.nationalDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(service.list()).extracting(RecommendationRow::id).contains(recommendation.id());
    }

    @Test
    void an_entity_without_a_catalog_product_cannot_be_recommended_and_a_refusal_needs_a_reason() {
        signIn.as("yanshou-reviewer");
        var entity = entities.register(CatalogTestData.entityForm(YANSHOU, unique("无产品合作社")));
        assertThatThrownBy(() -> service.recommend(entity.id(), null)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("“" + entity.name() + "”尚无扶贫产品在目录中，暂不符合推荐条件。"));

        signIn.as("province-reviewer");
        long entityId = producerOf(fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(1)));
        signIn.as("yanshou-reviewer");
        var recommendation = service.recommend(entityId, null);
        signIn.as("province-reviewer");
        assertThatThrownBy(() -> service.review(recommendation.id(), recommendation.version(), false, " "))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e)).isEqualTo("请填写理由。"));
        var refused = service.review(recommendation.id(), recommendation.version(), false, "供货能力不足");
        assertThat(refused.status()).isEqualTo(RecommendationStatus.PROVINCE_REFUSED);
        signIn.as("yanshou-reviewer");
        assertThat(service.eligibleNotRecommended()).extracting(MarketEntityRow::id).contains(entityId);
    }

    @Test
    void a_county_reviewer_cannot_recommend_another_countys_entity_nor_review() {
        signIn.as("province-reviewer");
        long other = producerOf(fixtures.published(LONGJIANG, name, LocalDate.now(clock).minusMonths(1)));
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.recommend(other, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.eligibleNotRecommended()).extracting(MarketEntityRow::countyCode).containsOnly(YANSHOU);
        signIn.as("province-reviewer");
        var mine = producerOf(fixtures.published(YANSHOU, name + "2", LocalDate.now(clock).minusMonths(1)));
        signIn.as("yanshou-reviewer");
        var recommendation = service.recommend(mine, null);
        assertThatThrownBy(() -> service.review(recommendation.id(), recommendation.version(), true, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
