package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.applicationForm;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.entityForm;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The certification chain through the service, as the demo reviewers of 延寿县, 哈尔滨市 and the province take it, with
 * a public notice around the 2020 National Day holiday.
 */
@IntegrationTest
@RecordApplicationEvents
class CertificationServiceTest {

    /** Monday before the National Day / Mid-Autumn holiday of 2020 (1 – 8 October; 27 Sep and 10 Oct worked). */
    private static final LocalDate NOTICE_START = LocalDate.of(2020, 9, 28);

    @Autowired
    CertificationService service;
    @Autowired
    MarketEntityService entities;
    @Autowired
    MarketEntityRepository entityRepository;
    @Autowired
    CertificationApplicationRepository applicationRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    private SignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MarketEntityRow yanshouEntity(boolean priority) {
        signIn.as("yanshou-reviewer");
        return entities.register(entityForm(YANSHOU, unique("延寿县兴农水稻种植专业合作社")).withLeadingEnterprise(priority));
    }

    private ApplicationDetail submitted(String productName) {
        var entity = yanshouEntity(false);
        return service.submit(applicationForm(entity.id(), productName), "材料齐全");
    }

    private ApplicationDetail cityReviewed(String productName) {
        var application = submitted(productName);
        application = service.certifyAtCounty(application.row().id(), application.row().version(), "同意认定");
        signIn.as("harbin-reviewer");
        return service.reviewAtCity(application.row().id(), application.row().version(), "同意");
    }

    /** An application of 龙江县 (齐齐哈尔市), entered as that county's reviewer would (no demo account there). */
    private long longjiangApplication(CertificationStatus status) {
        return transaction.execute(tx -> {
            var entity = entityRepository.save(new MarketEntity(entityForm(LONGJIANG, unique("龙江县合作社"))));
            var county = new Actor("longjiang-reviewer", "龙江县审核员", ReviewLevel.COUNTY, LONGJIANG);
            var application = new CertificationApplication(entity,
                    applicationForm(entity.getId(), "龙江小米"), county, LocalDateTime.now(), null);
            if (status == COUNTY_CERTIFIED) {
                application.certifyAtCounty(county, LocalDateTime.now(), null);
            }
            return applicationRepository.save(application).getId();
        });
    }

    private long applicationRows(String productName) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certification_application WHERE product_name = ?",
                Long.class, productName);
    }

    @Test
    void yanshou_harbin_and_the_province_carry_an_application_into_the_catalog() {
        var entity = yanshouEntity(true);
        var productName = unique("延寿长粒香大米");
        var application = service.submit(applicationForm(entity.id(), productName), "材料齐全");
        long id = application.row().id();
        assertThat(application.row().status()).isEqualTo(SUBMITTED);
        assertThat(application.row().priority()).isTrue();

        application = service.certifyAtCounty(id, application.row().version(), "经实地核查，同意认定");
        assertThat(application.row().status()).isEqualTo(COUNTY_CERTIFIED);

        signIn.as("harbin-reviewer");
        application = service.reviewAtCity(id, application.row().version(), "同意");
        assertThat(application.row().status()).isEqualTo(CITY_REVIEWED);

        signIn.as("province-reviewer");
        application = service.recheckAtProvince(id, application.row().version(), "复核通过");
        application = service.fileNationally(id, application.row().version(), "2020年第3批",
                LocalDate.of(2020, 9, 25), null);
        assertThat(application.nationalBatch()).isEqualTo("2020年第3批");
        application = service.startNotice(id, application.row().version(), NOTICE_START, null);
        assertThat(application.row().status()).isEqualTo(PUBLIC_NOTICE);
        // 28, 29, 30 September, then the holiday 1–8 October, then Friday 9 and the worked Saturday 10 October
        assertThat(application.row().noticeEnd()).isEqualTo(LocalDate.of(2020, 10, 10));

        application = service.recordObjection(id, application.row().version(), LocalDate.of(2020, 9, 29),
                "群众反映带贫人数不实");
        long version = application.row().version();
        assertThatThrownBy(() -> service.publish(id, version, LocalDate.of(2020, 10, 12)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("公示期间收到的异议尚未全部处理，不能发布入目录。"));
        application = service.resolveObjection(id, version, application.objections().getFirst().id(),
                "经县扶贫办入户核实，带贫人数属实");
        long resolved = application.row().version();
        assertThatThrownBy(() -> service.publish(id, resolved, LocalDate.of(2020, 10, 10)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("公示期至 2020-10-10 结束，公示期满后才能发布入目录。"));

        application = service.publish(id, resolved, LocalDate.of(2020, 10, 12));
        assertThat(application.row().status()).isEqualTo(IN_CATALOG);
        assertThat(application.row().catalogNumber()).matches("HLJ-2020-230129-\\d{4}");
        assertThat(application.row().validUntil()).isEqualTo(LocalDate.of(2021, 10, 11));
        var catalogNumber = application.row().catalogNumber();
        assertThat(events.stream(ProductCertified.class)).singleElement().satisfies(event -> {
            assertThat(event.catalogNumber()).isEqualTo(catalogNumber);
            assertThat(event.countyCode()).isEqualTo(YANSHOU);
            assertThat(event.commodityValue()).isEqualByComparingTo("320.50");
            assertThat(event.validUntil()).isEqualTo(LocalDate.of(2021, 10, 11));
        });

        assertThat(service.detail(id).steps()).extracting(StepRow::action, StepRow::actorUsername).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CertificationAction.SUBMITTED, "yanshou-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.COUNTY_CERTIFIED, "yanshou-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.CITY_REVIEWED, "harbin-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.PROVINCE_RECHECKED, "province-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.FILED_NATIONALLY, "province-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.NOTICE_STARTED, "province-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.OBJECTION_RECORDED, "province-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.OBJECTION_RESOLVED, "province-reviewer"),
                org.assertj.core.groups.Tuple.tuple(CertificationAction.PUBLISHED, "province-reviewer"));
        assertThat(service.detail(id).steps().get(1).comment()).isEqualTo("经实地核查，同意认定");
    }

    @Test
    void a_notice_started_before_the_spring_festival_2020_ends_after_the_extended_holiday() {
        var application = cityReviewed(unique("延寿黑木耳"));
        long id = application.row().id();
        signIn.as("province-reviewer");
        application = service.recheckAtProvince(id, application.row().version(), null);
        application = service.fileNationally(id, application.row().version(), "2020年第1批",
                LocalDate.of(2020, 1, 17), null);
        application = service.startNotice(id, application.row().version(), LocalDate.of(2020, 1, 20), null);
        // 20, 21, 22, 23 January; the Spring Festival holiday (extended to 2 February); Monday 3 February
        assertThat(application.row().noticeEnd()).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void each_reviewers_work_queue_holds_what_waits_for_their_level_in_their_region() {
        var atCounty = submitted(unique("延寿大米"));
        var atCity = cityReviewed(unique("延寿蓝莓")); // now awaiting the province
        var longjiang = longjiangApplication(COUNTY_CERTIFIED);

        signIn.as("yanshou-reviewer");
        var countyQueue = service.list(ApplicationFilter.WORK_QUEUE, Pageable.unpaged());
        assertThat(countyQueue).extracting(ApplicationRow::id).contains(atCounty.row().id())
                .doesNotContain(atCity.row().id(), longjiang);
        assertThat(countyQueue).extracting(ApplicationRow::status)
                .allMatch(status -> status.actingLevel() == ReviewLevel.COUNTY);

        signIn.as("harbin-reviewer");
        var cityQueue = service.list(ApplicationFilter.WORK_QUEUE, Pageable.unpaged());
        assertThat(cityQueue).extracting(ApplicationRow::status).containsOnly(COUNTY_CERTIFIED);
        assertThat(cityQueue).extracting(ApplicationRow::countyCode).allMatch(code -> code.startsWith("2301"));
        assertThat(cityQueue).extracting(ApplicationRow::id).doesNotContain(longjiang);

        signIn.as("province-reviewer");
        assertThat(service.list(ApplicationFilter.WORK_QUEUE, Pageable.unpaged())).extracting(ApplicationRow::id)
                .contains(atCity.row().id()).doesNotContain(atCounty.row().id(), longjiang);
        assertThat(service.count(ApplicationFilter.ALL.withStatus(COUNTY_CERTIFIED).withRegionCode("230200")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_harbin_city_reviewer_cannot_act_on_or_see_a_qiqihar_application() {
        long id = longjiangApplication(COUNTY_CERTIFIED);
        signIn.as("harbin-reviewer");
        assertThatThrownBy(() -> service.reviewAtCity(id, 1, "同意")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.sendBack(id, 1, "退回")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.list(ApplicationFilter.ALL, Pageable.unpaged())).extracting(ApplicationRow::id)
                .doesNotContain(id);
        signIn.as("province-reviewer");
        assertThat(service.detail(id).row().status()).isEqualTo(COUNTY_CERTIFIED);
    }

    @Test
    void a_yanshou_county_reviewer_cannot_see_another_countys_application() {
        long id = longjiangApplication(SUBMITTED);
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.certifyAtCounty(id, 0, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.list(ApplicationFilter.ALL, Pageable.unpaged())).extracting(ApplicationRow::countyCode)
                .containsOnly(YANSHOU);
    }

    @Test
    void each_step_needs_the_permission_of_its_level() {
        var application = submitted(unique("延寿杂粮"));
        long id = application.row().id();
        long version = application.row().version();
        signIn.as("harbin-reviewer");
        assertThatThrownBy(() -> service.certifyAtCounty(id, version, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        // a city reviewer may return or reject, but only when it is the city's turn
        assertThatThrownBy(() -> service.sendBack(id, version, "材料不全"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("此步骤应由县级审核人员办理。"));
        signIn.as("yanshou-reviewer");
        assertThatThrownBy(() -> service.reviewAtCity(id, version, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.publish(id, version, LocalDate.of(2020, 10, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("supervisor");
        assertThatThrownBy(() -> service.reject(id, version, "违规")).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("leader");
        assertThatThrownBy(() -> service.list(ApplicationFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn.as("yanshou-reviewer");
        assertThat(service.detail(id).row().status()).isEqualTo(SUBMITTED);
        assertThat(service.detail(id).steps()).hasSize(1);
    }

    @Test
    void a_step_out_of_order_is_refused_by_the_service_too() {
        var application = submitted(unique("延寿蜂蜜"));
        signIn.as("province-reviewer");
        assertThatThrownBy(() -> service.recheckAtProvince(application.row().id(), application.row().version(), null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("申请当前状态为“待县级认定”，不能进行“省级复核”。"));
    }

    @Test
    void two_reviewers_at_once_one_succeeds_and_the_other_is_told_it_changed() {
        var application = submitted(unique("延寿豆油"));
        long id = application.row().id();
        long seen = application.row().version();
        // both opened the application at the same version; the first certifies it
        service.certifyAtCounty(id, seen, "同意");
        assertThatThrownBy(() -> service.sendBack(id, seen, "材料不全"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("该记录已被其他人修改，请刷新后重试。"));
        assertThat(service.detail(id).row().status()).isEqualTo(COUNTY_CERTIFIED);
        assertThat(service.detail(id).steps()).hasSize(2);
    }

    @Test
    void two_reviewers_committing_at_the_same_moment_one_wins_and_the_other_is_told_it_changed() throws Exception {
        var application = submitted(unique("延寿红小豆"));
        long id = application.row().id();
        long seen = application.row().version();
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Throwable refused = transaction.execute(tx -> {
                // reviewer A has read the application (same version) when reviewer B commits a step on it
                applicationRepository.findById(id).orElseThrow();
                var other = executor.submit(() -> {
                    signIn.as("yanshou-reviewer");
                    try {
                        return service.certifyAtCounty(id, seen, "B 同意");
                    } finally {
                        signIn.out();
                    }
                });
                try {
                    other.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // A still holds the old version: the check passes, the write is refused by @Version at flush
                var thrown = catchThrowable(() -> service.sendBack(id, seen, "A 退回"));
                tx.setRollbackOnly();
                return thrown;
            });
            assertThat(refused).isInstanceOfSatisfying(CatalogException.class,
                    e -> assertThat(chinese(e)).isEqualTo("该记录已被其他人修改，请刷新后重试。"));
        } finally {
            executor.shutdownNow();
        }
        var detail = service.detail(id);
        assertThat(detail.row().status()).isEqualTo(COUNTY_CERTIFIED);
        assertThat(detail.steps()).extracting(StepRow::comment).containsExactly("材料齐全", "B 同意");
    }

    @Test
    void a_returned_application_is_corrected_and_submitted_again_and_a_rejected_one_is_final() {
        var application = cityReviewed(unique("延寿香瓜"));
        long id = application.row().id();
        signIn.as("province-reviewer");
        application = service.sendBack(id, application.row().version(), "质量检测报告已过期");
        assertThat(application.row().status()).isEqualTo(RETURNED);
        assertThat(application.steps().getLast().comment()).isEqualTo("质量检测报告已过期");

        signIn.as("yanshou-reviewer");
        assertThat(service.list(ApplicationFilter.WORK_QUEUE, Pageable.unpaged())).extracting(ApplicationRow::id)
                .contains(id);
        var corrected = application.toForm().withPrice(new BigDecimal("66.00"));
        application = service.resubmit(id, application.row().version(), corrected, "已补充2020年检测报告");
        assertThat(application.row().status()).isEqualTo(SUBMITTED);
        assertThat(application.price()).isEqualByComparingTo("66.00");

        application = service.reject(id, application.row().version(), "不属于贫困地区生产的产品");
        assertThat(application.row().status()).isEqualTo(REJECTED);
        long version = application.row().version();
        assertThatThrownBy(() -> service.certifyAtCounty(id, version, null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("申请当前状态为“未通过”，不能进行“县级认定”。"));
        assertThatThrownBy(() -> service.resubmit(id, version, corrected, null))
                .isInstanceOf(CatalogException.class);
    }

    @Test
    void a_blacklisted_entity_cannot_apply_and_nothing_is_written() {
        var entity = yanshouEntity(false);
        signIn.as("supervisor");
        entities.blacklist(entity.id(), entity.version(), "以次充好，骗取扶贫产品认定", null);
        signIn.as("yanshou-reviewer");
        var productName = unique("延寿冒牌大米");
        assertThatThrownBy(() -> service.submit(applicationForm(entity.id(), productName), null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("“" + entity.name() + "”已列入扶贫失信黑名单，不能申报扶贫产品认定。"));
        assertThat(applicationRows(productName)).isZero();
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() {
        var entity = yanshouEntity(false);
        var productName = unique("延寿小米");
        var form = applicationForm(entity.id(), productName);
        assertThatThrownBy(() -> service.submit(form.withPrice(new BigDecimal("80.00")), null))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("价格（80.00 元）不能高于参考均价（75.00 元）。"));
        assertThatThrownBy(() -> service.submit(form.withProductName(""), null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("请填写产品名称。"));
        assertThatThrownBy(() -> service.submit(form.withCommodityValue(new BigDecimal("12.345")), null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("商品价值量（万元）最多保留两位小数。"));
        assertThatThrownBy(() -> service.submit(form.withCommitment(false), null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).isEqualTo("请确认申报主体已签署申报材料真实性承诺。"));
        assertThat(applicationRows(productName)).isZero();
    }

    @Test
    void a_notice_in_a_year_without_a_holiday_calendar_is_refused() {
        var application = cityReviewed(unique("延寿鲜食玉米"));
        long id = application.row().id();
        signIn.as("province-reviewer");
        application = service.recheckAtProvince(id, application.row().version(), null);
        application = service.fileNationally(id, application.row().version(), "2027年第1批",
                LocalDate.of(2026, 12, 28), null);
        long version = application.row().version();
        assertThatThrownBy(() -> service.startNotice(id, version, LocalDate.of(2026, 12, 28), null))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(chinese(e)).startsWith("2027 年的节假日安排尚未录入"));
        assertThat(service.detail(id).row().status()).isEqualTo(FILED_NATIONALLY);
    }
}
