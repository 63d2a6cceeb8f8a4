package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.applicationForm;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.entityForm;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 县级公示: a county that holds its own five-working-day notice certifies only after it, without open objections. */
@IntegrationTest
class CountyNoticeTest {

    /** Monday 2 November 2026: the notice's five working days end on Friday 6 November. */
    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Autowired
    CertificationService service;
    @Autowired
    MarketEntityService entities;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired
    Clock clock;
    private SignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ApplicationDetail submitted() {
        signIn.as("yanshou-reviewer");
        var entity = entities.register(entityForm(YANSHOU, unique("延寿县公示合作社")));
        return service.submit(applicationForm(entity.id(), unique("延寿县公示大米")), "材料齐全");
    }

    @Test
    void the_county_certifies_after_its_notice_and_the_city_reviews_as_usual() {
        var application = submitted();
        application = service.startCountyNotice(application.row().id(), application.row().version(), START, "县级公示");
        assertThat(application.row().status()).isEqualTo(CertificationStatus.COUNTY_NOTICE);
        assertThat(application.countyNoticeStart()).isEqualTo(START);
        assertThat(application.countyNoticeEnd()).isEqualTo(LocalDate.of(2026, 11, 6));

        application = service.certifyAfterCountyNotice(application.row().id(), application.row().version(), "公示无异议");
        assertThat(application.row().status()).isEqualTo(CertificationStatus.COUNTY_CERTIFIED);
        assertThat(application.steps()).extracting(StepRow::action).containsExactly(CertificationAction.SUBMITTED,
                CertificationAction.COUNTY_NOTICE_STARTED, CertificationAction.COUNTY_CERTIFIED);

        signIn.as("harbin-reviewer");
        application = service.reviewAtCity(application.row().id(), application.row().version(), "同意");
        assertThat(application.row().status()).isEqualTo(CertificationStatus.CITY_REVIEWED);
    }

    @Test
    void certifying_before_the_notice_ends_is_refused_and_the_city_cannot_act_during_it() {
        var application = submitted();
        var today = LocalDate.now(clock);
        var noticed = service.startCountyNotice(application.row().id(), application.row().version(), today, null);
        assertThatThrownBy(() -> service.certifyAfterCountyNotice(noticed.row().id(), noticed.row().version(), null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .startsWith("县级公示期至 ").endsWith(" 结束，公示期满后才能认定。"));
        signIn.as("harbin-reviewer");
        assertThatThrownBy(() -> service.reviewAtCity(noticed.row().id(), noticed.row().version(), "同意"))
                .isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> service.startCountyNotice(noticed.row().id(), noticed.row().version(), today, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("yanshou-reviewer");
        assertThat(service.detail(noticed.row().id()).row().status()).isEqualTo(CertificationStatus.COUNTY_NOTICE);
    }

    @Test
    void an_objection_in_the_county_notice_must_be_resolved_before_certification() {
        var application = submitted();
        var noticed = service.startCountyNotice(application.row().id(), application.row().version(), START, null);
        assertThatThrownBy(() -> service.recordObjection(noticed.row().id(), noticed.row().version(),
                START.plusDays(10), "公示期外的来信"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("异议收到日期（2026-11-12）不在公示期（2026-11-02 至 2026-11-06）内。"));
        var objected = service.recordObjection(noticed.row().id(), noticed.row().version(), START.plusDays(1),
                "群众反映带贫人数不实");
        assertThatThrownBy(() -> service.certifyAfterCountyNotice(objected.row().id(), objected.row().version(), null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("县级公示期间收到的异议尚未全部处理，不能认定。"));
        var resolved = service.resolveObjection(objected.row().id(), objected.row().version(),
                objected.objections().getFirst().id(), "经核实，带贫人数属实");
        var certified = service.certifyAfterCountyNotice(resolved.row().id(), resolved.row().version(), null);
        assertThat(certified.row().status()).isEqualTo(CertificationStatus.COUNTY_CERTIFIED);
        assertThat(certified.objections()).singleElement().satisfies(o -> assertThat(o.resolved()).isTrue());
    }
}
