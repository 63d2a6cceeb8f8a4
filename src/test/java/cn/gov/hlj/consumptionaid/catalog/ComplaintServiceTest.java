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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.chinese;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Complaints: deadline in working days, overdue, and outcomes that withdraw a product or blacklist an entity. */
@IntegrationTest
class ComplaintServiceTest {

    /** Monday before the 2026 National Day holiday: the 15th working day after it is Friday 23 October. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 28);

    @Autowired
    ComplaintService service;
    @Autowired
    CertificationService certification;
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
    JdbcTemplate jdbc;
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
        name = unique("投诉测试大米");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ComplaintForm aboutProduct(long applicationId, String description) {
        return new ComplaintForm(ComplaintSource.HOTLINE_12317, applicationId, null, "王女士", "13904510000",
                description, RECEIVED);
    }

    @Test
    void a_complaint_about_a_product_ends_in_its_withdrawal_after_the_county_and_the_province_agree() {
        long product = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(3));
        signIn.as("supervisor");
        var complaint = service.register(aboutProduct(product, name + "：标注产地与实际不符，掺入外地大米"));
        assertThat(complaint.deadline()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(complaint.overdue()).isTrue();
        assertThat(complaint.handlerName()).isEqualTo("监督员");
        assertThat(service.list(ComplaintFilter.ALL.withOverdueOnly(true).withText(name), Pageable.unpaged()))
                .extracting(ComplaintRow::id).containsExactly(complaint.id());

        complaint = service.addInvestigation(complaint.id(), complaint.version(), "赴延寿县实地抽样送检");
        assertThat(complaint.investigation()).isEqualTo(LocalDate.now(clock) + " 赴延寿县实地抽样送检");
        complaint = service.close(complaint.id(), complaint.version(), new ComplaintClosing("检测确认掺混外地大米",
                "已电话告知投诉人处理结果", ComplaintOutcome.WITHDRAWAL, WithdrawalReason.VIOLATION));
        assertThat(complaint.closed()).isTrue();
        assertThat(complaint.overdue()).isFalse();
        assertThat(certification.detail(product).row().status())
                .isEqualTo(CertificationStatus.WITHDRAWAL_REQUESTED);

        signIn.as("yanshou-reviewer");
        assertThat(certification.list(ApplicationFilter.WORK_QUEUE.withText(name), Pageable.unpaged()))
                .extracting(ApplicationRow::id).containsExactly(product);
        var detail = certification.confirmWithdrawal(product, certification.detail(product).row().version(),
                WithdrawalReason.VIOLATION, "确认掺混外地大米，同意退出");
        signIn.as("province-reviewer");
        detail = certification.approveWithdrawal(product, detail.row().version(), LocalDate.now(clock), null);
        assertThat(detail.row().status()).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(catalog.count(CatalogFilter.ALL.withText(name))).isZero();
    }

    @Test
    void a_complaint_ending_in_blacklisting_blacklists_the_entity_and_withdraws_its_products() {
        long product = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(3));
        signIn.as("supervisor");
        var entityId = certification.detail(product).row().entityId();
        var complaint = service.register(new ComplaintForm(ComplaintSource.MEDIA, null, entityId, null, null,
                "媒体报道该合作社虚报带贫人数套取补贴", RECEIVED));
        complaint = service.close(complaint.id(), complaint.version(), new ComplaintClosing("查实虚报带贫人数 80 人",
                "已在官网公开处理结果", ComplaintOutcome.BLACKLIST, null));
        assertThat(complaint.outcome()).isEqualTo(ComplaintOutcome.BLACKLIST);
        var entity = entities.find(entityId);
        assertThat(entity.blacklisted()).isTrue();
        assertThat(entity.blacklistReason()).isEqualTo("查实虚报带贫人数 80 人");
        assertThat(certification.detail(product).row().status()).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(catalog.count(CatalogFilter.ALL.withText(name))).isZero();
    }

    @Test
    void a_withdrawal_needs_a_product_and_nothing_is_written_when_it_cannot_start() {
        long product = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(3));
        signIn.as("supervisor");
        var entityId = certification.detail(product).row().entityId();
        var complaint = service.register(new ComplaintForm(ComplaintSource.PUBLIC, null, entityId, null, null,
                "群众反映", RECEIVED));
        var id = complaint.id();
        var version = complaint.version();
        assertThatThrownBy(() -> service.close(id, version, new ComplaintClosing("查实", "已反馈",
                ComplaintOutcome.WITHDRAWAL, WithdrawalReason.VIOLATION)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(chinese(e))
                        .isEqualTo("只有针对扶贫产品的投诉举报才能以“产品退出目录”办结。"));
        assertThat(service.find(id).closed()).isFalse();
        assertThatThrownBy(() -> service.register(new ComplaintForm(ComplaintSource.PUBLIC, product, null, null,
                null, " ", RECEIVED))).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(chinese(e)).isEqualTo("请填写投诉举报内容。"));
    }

    @Test
    void reviewers_read_their_regions_complaints_without_the_complainant_and_cannot_handle_them() {
        long product = fixtures.published(YANSHOU, name, LocalDate.now(clock).minusMonths(3));
        signIn.as("supervisor");
        var complaint = service.register(aboutProduct(product, name + "：价格虚高"));
        assertThat(complaint.complainantContact()).isEqualTo("13904510000");

        signIn.as("yanshou-reviewer");
        var seen = service.find(complaint.id());
        assertThat(seen.description()).isEqualTo(name + "：价格虚高");
        assertThat(seen.complainantName()).isNull();
        assertThat(seen.complainantContact()).isNull();
        assertThatThrownBy(() -> service.addInvestigation(complaint.id(), complaint.version(), "核查"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.register(aboutProduct(product, "县里自己登记")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE description = '县里自己登记'",
                Integer.class)).isZero();
    }
}
