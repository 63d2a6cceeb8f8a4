package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.bulletin.BulletinDataService;
import cn.gov.hlj.consumptionaid.bulletin.BulletinRequest;
import cn.gov.hlj.consumptionaid.bulletin.BulletinService;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.catalog.AttachmentService;
import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.ComplaintForm;
import cn.gov.hlj.consumptionaid.catalog.ComplaintService;
import cn.gov.hlj.consumptionaid.catalog.ComplaintSource;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.catalog.SupplierRecommendationService;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.FigureRequest;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareService;
import cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures;
import cn.gov.hlj.consumptionaid.sales.DealForm;
import cn.gov.hlj.consumptionaid.sales.ExhibitionForm;
import cn.gov.hlj.consumptionaid.sales.ExhibitionService;
import cn.gov.hlj.consumptionaid.sales.OutletForm;
import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletService;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every service method whose {@code @PreAuthorize} looks at an argument (a region, an application, an entity, a
 * complaint, an attachment, a recommendation, an outlet, an exhibition, a deal, a reserved share, an indicator
 * filter, a bulletin's scope) has a row in {@link #ROWS}; a new scoped method without one fails
 * {@link #every_scoped_service_method_has_a_row}. Each row is called:
 * <ul>
 * <li>as a user in scope, on a record of 延寿县 (哈尔滨市): let through (whatever the business answer, often a stale
 * version on purpose, so that nothing changes between the rows);</li>
 * <li>as the same user moved to another region (龙江县 / 齐齐哈尔市): refused with {@link AccessDeniedException};</li>
 * <li>as the same user of another department, where the method checks the department (sales, indicators; the
 * certification and bulletin roles work across departments by design, see {@code DataScope}); reserved shares are
 * scoped by unit, so there it is a user of another unit: refused;</li>
 * <li>as a user of the same region with a role that lacks the permission: refused.</li>
 * </ul>
 * The users are built in memory (not demo accounts), so every combination of role, department and region exists.
 */
@IntegrationTest
class ServiceScopeMatrixTest {

    static final String YANSHOU = CatalogTestData.YANSHOU;
    static final String HARBIN = "230100";
    static final String PROVINCE = "230000";
    static final String LONGJIANG = CatalogTestData.LONGJIANG;
    static final String QIQIHAR = "230200";
    /** A version no record has: a let-through command stops at the version check and changes nothing. */
    static final long STALE = 999_999;

    record Who(String department, String region, Set<String> roles, String unit) {

        static Who of(String department, String region, String... roles) {
            return new Who(department, region, Set.of(roles), null);
        }

        /** The same user, working for a region that does not contain 延寿县 / 哈尔滨市. */
        Who elsewhere() {
            return withRegion(region.endsWith("00") ? QIQIHAR : LONGJIANG);
        }

        Who withRegion(String other) {
            return new Who(department, other, roles, unit);
        }

        Who inDepartment(String other) {
            return new Who(other, region, roles, unit);
        }

        Who withRoles(String... other) {
            return new Who(department, region, Set.of(other), unit);
        }

        Who ofUnit(String other) {
            return new Who(department, region, roles, other);
        }

        @Override
        public String toString() {
            return roles + "/" + department + "/" + region + (unit == null ? "" : "/unit " + unit);
        }
    }

    record Refusal(String why, Who who) {
    }

    @FunctionalInterface
    interface Call {
        Object on(ServiceScopeMatrixTest test, Targets targets);
    }

    record Row(String method, Who allowed, List<Refusal> refused, Call call) {
        @Override
        public String toString() {
            return method;
        }
    }

    /** The records of 延寿县 / 哈尔滨市 the rows work on, stored once for the shared context. */
    record Targets(long application, long entity, String entityCreditCode, long complaint, long attachment,
                   long recommendation, long outlet, long exhibition, long deal, long share, long ownShare) {
    }

    // ------------------------------------------------------------------ users

    static final Who COUNTY = Who.of("POVERTY_OFFICE", YANSHOU, AppRoles.COUNTY_REVIEWER);
    static final Who CITY = Who.of("POVERTY_OFFICE", HARBIN, AppRoles.CITY_REVIEWER);
    static final Who PROVINCE_REVIEWER = Who.of("POVERTY_OFFICE", PROVINCE, AppRoles.PROVINCE_REVIEWER);
    static final Who SUPERVISOR = Who.of(null, PROVINCE, AppRoles.SUPERVISOR);
    static final Who COMMERCE = Who.of("COMMERCE", HARBIN, AppRoles.DEPARTMENT_MEMBER);
    static final Who FINANCE = Who.of("FINANCE", HARBIN, AppRoles.DEPARTMENT_MEMBER);
    static final Who EDITOR = Who.of("POVERTY_OFFICE", HARBIN, AppRoles.BULLETIN_EDITOR);
    static final Who SHARE_SUPERVISOR = Who.of("EDUCATION", PROVINCE, AppRoles.DEPARTMENT_MEMBER)
            .ofUnit(ReviewFixtures.SUPERVISOR_UNIT);
    static final Who SHARE_FILER = Who.of("EDUCATION", PROVINCE, AppRoles.DEPARTMENT_MEMBER)
            .ofUnit(ReviewFixtures.UNIVERSITY);

    // ------------------------------------------------------------------ the table

    /** A certification-side row: other region and a role without the permission (a task-force member) refused. */
    static Row catalog(String method, Who allowed, Call call) {
        return new Row(method, allowed, List.of(new Refusal("other region", allowed.elsewhere()),
                new Refusal("wrong role", allowed.withRoles(AppRoles.DEPARTMENT_MEMBER).inDepartment("FINANCE"))),
                call);
    }

    /** A commerce row: other region, other department and a role without the permission refused. */
    static Row commerce(String method, Call call) {
        return new Row(method, COMMERCE, List.of(new Refusal("other region", COMMERCE.elsewhere()),
                new Refusal("other department", COMMERCE.inDepartment("FINANCE")),
                new Refusal("wrong role", COMMERCE.withRoles(AppRoles.COUNTY_REVIEWER))), call);
    }

    static Row indicators(String method, Call call) {
        return new Row(method, FINANCE, List.of(new Refusal("other region", FINANCE.elsewhere()),
                new Refusal("other department", FINANCE.inDepartment("COMMERCE")),
                new Refusal("wrong role", FINANCE.withRoles(AppRoles.COUNTY_REVIEWER))), call);
    }

    static Row bulletin(String method, Call call) {
        return new Row(method, EDITOR, List.of(new Refusal("other region", EDITOR.elsewhere()),
                new Refusal("wrong role", EDITOR.withRoles(AppRoles.LEADER))), call);
    }

    static Row shares(String method, Who allowed, String otherUnit, Call call) {
        return new Row(method, allowed, List.of(new Refusal("other unit", allowed.ofUnit(otherUnit)),
                new Refusal("wrong role", allowed.withRoles(AppRoles.LEADER))), call);
    }

    static final IndicatorFilter IN_HARBIN = IndicatorFilter.of(Period.year(2026)).withRegion(YANSHOU);
    static final BulletinRequest HARBIN_BULLETIN = new BulletinRequest(BulletinType.PROGRESS, Period.month(2026, 10),
            HARBIN);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static final List<Row> ROWS = List.of(
            // 认定 (certification), by the county of the application or entity
            catalog("CertificationService#submit(ApplicationForm,String)", COUNTY, (s, t) -> s.certification.submit(
                    CatalogTestData.applicationForm(t.entity(), "矩阵测试大米"), "提交")),
            catalog("CertificationService#renew(long,ApplicationForm,String)", COUNTY, (s, t) -> s.certification.renew(
                    t.application(), CatalogTestData.applicationForm(t.entity(), "矩阵测试大米"), "续期")),
            catalog("CertificationService#resubmit(long,long,ApplicationForm,String)", COUNTY, (s, t) ->
                    s.certification.resubmit(t.application(), STALE, CatalogTestData.applicationForm(t.entity(),
                            "矩阵测试大米"), "重新提交")),
            catalog("CertificationService#certifyAtCounty(long,long,String)", COUNTY,
                    (s, t) -> s.certification.certifyAtCounty(t.application(), STALE, "同意")),
            catalog("CertificationService#startCountyNotice(long,long,LocalDate,String)", COUNTY,
                    (s, t) -> s.certification.startCountyNotice(t.application(), STALE, LocalDate.of(2026, 11, 2), null)),
            catalog("CertificationService#certifyAfterCountyNotice(long,long,String)", COUNTY,
                    (s, t) -> s.certification.certifyAfterCountyNotice(t.application(), STALE, null)),
            catalog("CertificationService#reviewAtCity(long,long,String)", CITY,
                    (s, t) -> s.certification.reviewAtCity(t.application(), STALE, "同意")),
            catalog("CertificationService#recheckAtProvince(long,long,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.recheckAtProvince(t.application(), STALE, "复核通过")),
            catalog("CertificationService#fileNationally(long,long,String,LocalDate,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.fileNationally(t.application(), STALE, "第1批", LocalDate.of(2026, 11, 2),
                            null)),
            catalog("CertificationService#startNotice(long,long,LocalDate,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.startNotice(t.application(), STALE, LocalDate.of(2026, 11, 2), null)),
            catalog("CertificationService#recordObjection(long,long,LocalDate,String)", COUNTY,
                    (s, t) -> s.certification.recordObjection(t.application(), STALE, LocalDate.of(2026, 11, 2), "异议")),
            catalog("CertificationService#resolveObjection(long,long,long,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.resolveObjection(t.application(), STALE, 1, "已处理")),
            catalog("CertificationService#publish(long,long,LocalDate)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.publish(t.application(), STALE, LocalDate.of(2026, 11, 2))),
            catalog("CertificationService#sendBack(long,long,String)", CITY,
                    (s, t) -> s.certification.sendBack(t.application(), STALE, "退回")),
            catalog("CertificationService#reject(long,long,String)", COUNTY,
                    (s, t) -> s.certification.reject(t.application(), STALE, "不予认定")),
            catalog("CertificationService#confirmWithdrawal(long,long,WithdrawalReason,String)", COUNTY,
                    (s, t) -> s.certification.confirmWithdrawal(t.application(), STALE,
                            WithdrawalReason.NO_SALES_FOR_A_YEAR, null)),
            catalog("CertificationService#declineWithdrawal(long,long,String)", CITY,
                    (s, t) -> s.certification.declineWithdrawal(t.application(), STALE, "仍有销售")),
            catalog("CertificationService#approveWithdrawal(long,long,LocalDate,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.approveWithdrawal(t.application(), STALE, LocalDate.of(2026, 11, 2), null)),
            catalog("CertificationService#reportWithdrawalNationally(long,long,LocalDate)", PROVINCE_REVIEWER,
                    (s, t) -> s.certification.reportWithdrawalNationally(t.application(), STALE,
                            LocalDate.of(2026, 11, 2))),
            catalog("CertificationService#detail(long)", CITY, (s, t) -> s.certification.detail(t.application())),
            catalog("CertificationService#renewable(long)", COUNTY, (s, t) -> s.certification.renewable(t.application())),
            // 附件 (attachments), by the county of the application or complaint
            catalog("AttachmentService#attachToApplication(long,String,byte[])", COUNTY,
                    (s, t) -> s.attachments.attachToApplication(t.application(), "矩阵.pdf", PDF)),
            catalog("AttachmentService#ofApplication(long)", CITY, (s, t) -> s.attachments.ofApplication(t.application())),
            catalog("AttachmentService#download(long)", COUNTY, (s, t) -> s.attachments.download(t.attachment())),
            catalog("AttachmentService#attachToComplaint(long,String,byte[])", SUPERVISOR.withRegion(HARBIN),
                    (s, t) -> s.attachments.attachToComplaint(t.complaint(), "矩阵.pdf", PDF)),
            catalog("AttachmentService#ofComplaint(long)", SUPERVISOR.withRegion(HARBIN),
                    (s, t) -> s.attachments.ofComplaint(t.complaint())),
            // 投诉 (complaints)
            catalog("ComplaintService#addInvestigation(long,long,String)", SUPERVISOR.withRegion(HARBIN),
                    (s, t) -> s.complaints.addInvestigation(t.complaint(), STALE, "调查中")),
            catalog("ComplaintService#close(long,long,ComplaintClosing)", SUPERVISOR.withRegion(HARBIN),
                    (s, t) -> s.complaints.close(t.complaint(), STALE, null)),
            catalog("ComplaintService#find(long)", COUNTY, (s, t) -> s.complaints.find(t.complaint())),
            // 市场主体 (market entities)
            catalog("MarketEntityService#register(MarketEntityForm)", COUNTY, (s, t) -> s.marketEntities.register(
                    CatalogTestData.entityForm(YANSHOU, CatalogTestData.unique("矩阵合作社")))),
            catalog("MarketEntityService#update(long,long,MarketEntityForm)", COUNTY, (s, t) -> s.marketEntities
                    .update(t.entity(), STALE, CatalogTestData.entityForm(YANSHOU, "矩阵合作社"))),
            catalog("MarketEntityService#find(long)", CITY, (s, t) -> s.marketEntities.find(t.entity())),
            catalog("MarketEntityService#blacklist(long,long,String,String)", SUPERVISOR.withRegion(HARBIN),
                    (s, t) -> s.marketEntities.blacklist(t.entity(), STALE, "以次充好", "12317 投诉")),
            // 供应商推荐 (supplier recommendations)
            catalog("SupplierRecommendationService#recommend(long,String)", COUNTY,
                    (s, t) -> s.recommendations.recommend(t.entity(), "带贫效果好")),
            catalog("SupplierRecommendationService#review(long,long,boolean,String)", PROVINCE_REVIEWER,
                    (s, t) -> s.recommendations.review(t.recommendation(), STALE, true, "同意")),
            catalog("SupplierRecommendationService#recordNationalOutcome(long,long,boolean,LocalDate,String)",
                    PROVINCE_REVIEWER, (s, t) -> s.recommendations.recordNationalOutcome(t.recommendation(), STALE,
                            true, LocalDate.of(2026, 11, 2), null)),
            // 专柜专区专馆 and 展会 (commerce), by the region of the outlet, exhibition or deal and the department
            commerce("OutletService#find(long)", (s, t) -> s.outlets.find(t.outlet())),
            commerce("OutletService#create(OutletForm)", (s, t) -> s.outlets.create(outlet("矩阵专柜新"))),
            commerce("OutletService#update(long,long,OutletForm)",
                    (s, t) -> s.outlets.update(t.outlet(), STALE, outlet("矩阵专柜"))),
            commerce("OutletService#delete(long,long)", (s, t) -> {
                s.outlets.delete(t.outlet(), STALE);
                return null;
            }),
            commerce("ExhibitionService#find(long)", (s, t) -> s.exhibitions.find(t.exhibition())),
            commerce("ExhibitionService#create(ExhibitionForm)", (s, t) -> s.exhibitions.create(exhibition("矩阵展会新"))),
            commerce("ExhibitionService#update(long,long,ExhibitionForm)",
                    (s, t) -> s.exhibitions.update(t.exhibition(), STALE, exhibition("矩阵展会"))),
            commerce("ExhibitionService#delete(long,long)", (s, t) -> {
                s.exhibitions.delete(t.exhibition(), STALE);
                return null;
            }),
            commerce("ExhibitionService#deals(long)", (s, t) -> s.exhibitions.deals(t.exhibition())),
            commerce("ExhibitionService#addDeal(long,DealForm)",
                    (s, t) -> s.exhibitions.addDeal(t.exhibition(), deal(t.entityCreditCode()))),
            commerce("ExhibitionService#updateDeal(long,long,DealForm)",
                    (s, t) -> s.exhibitions.updateDeal(t.deal(), STALE, deal(t.entityCreditCode()))),
            commerce("ExhibitionService#removeDeal(long,long)", (s, t) -> {
                s.exhibitions.removeDeal(t.deal(), STALE);
                return null;
            }),
            // 指标 (indicators), by the filter's region and the indicator's department
            indicators("IndicatorService#value(Indicator,IndicatorFilter)",
                    (s, t) -> s.indicators.value(Indicator.FINANCE_COMPLETION_RATE, IN_HARBIN)),
            indicators("IndicatorService#breakdown(Indicator,Dimension,IndicatorFilter,int)",
                    (s, t) -> s.indicators.breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.COUNTY, IN_HARBIN, 5)),
            indicators("IndicatorService#trend(Indicator,IndicatorFilter)",
                    (s, t) -> s.indicators.trend(Indicator.FINANCE_COMPLETION_RATE, IN_HARBIN)),
            indicators("IndicatorService#sourceRows(Indicator,IndicatorFilter,Pageable)",
                    (s, t) -> s.indicators.sourceRows(Indicator.FINANCE_COMPLETION_RATE, IN_HARBIN, Pageable.ofSize(5))),
            indicators("IndicatorService#countSourceRows(Indicator,IndicatorFilter)",
                    (s, t) -> s.indicators.countSourceRows(Indicator.FINANCE_COMPLETION_RATE, IN_HARBIN)),
            indicators("IndicatorService#unitCompletions(IndicatorFilter,boolean,Pageable)",
                    (s, t) -> s.indicators.unitCompletions(IN_HARBIN, false, Pageable.ofSize(5))),
            indicators("IndicatorService#countUnitCompletions(IndicatorFilter,boolean)",
                    (s, t) -> s.indicators.countUnitCompletions(IN_HARBIN, false)),
            indicators("IndicatorService#figures(List,IndicatorFilter)",
                    (s, t) -> s.indicators.figures(List.of(FigureRequest.total(Indicator.FINANCE_COMPLETION_RATE),
                            FigureRequest.breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.COUNTY, 5)),
                            IN_HARBIN)),
            // 通报 (bulletins), by the bulletin's region
            bulletin("BulletinService#exists(BulletinRequest)", (s, t) -> s.bulletins.exists(HARBIN_BULLETIN)),
            bulletin("BulletinService#generate(BulletinRequest,Progress)",
                    (s, t) -> s.bulletins.generate(HARBIN_BULLETIN, Progress.NONE)),
            bulletin("BulletinDataService#read(BulletinRequest,int,int,LocalDate,LocalDateTime,Narrative)",
                    (s, t) -> s.bulletinData.read(HARBIN_BULLETIN, 2026, 99, LocalDate.of(2026, 11, 5),
                            LocalDateTime.of(2026, 11, 1, 0, 0), null)),
            // 预留份额 (reserved shares), by the supervising unit or the filing unit
            shares("ReservedShareService#approve(long,long)", SHARE_SUPERVISOR, ReviewFixtures.UNRELATED,
                    (s, t) -> s.shares.approve(t.share(), STALE)),
            shares("ReservedShareService#returnWithReason(long,long,String)", SHARE_SUPERVISOR, ReviewFixtures.UNRELATED,
                    (s, t) -> s.shares.returnWithReason(t.share(), STALE, "预算口径有误")),
            shares("ReservedShareService#resubmit(long,long)", SHARE_FILER, ReviewFixtures.OTHER_UNIVERSITY,
                    (s, t) -> s.shares.resubmit(t.ownShare(), STALE)));

    static OutletForm outlet(String name) {
        return new OutletForm(OutletKind.COUNTER, name, "延寿县延寿镇中央街 1 号", YANSHOU, "中央红超市",
                LocalDate.of(2024, 5, 1), null, OutletStatus.OPEN, Set.of(), null);
    }

    static ExhibitionForm exhibition(String name) {
        return new ExhibitionForm("HARBIN_TRADE_FAIR", name, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5),
                "哈尔滨国际会展中心", "黑龙江省人民政府", HARBIN, null);
    }

    static DealForm deal(String creditCode) {
        return new DealForm("矩阵签约项目", creditCode, "延寿县矩阵合作社", "广州江楠农产品集团有限公司",
                new BigDecimal("100000.00"), LocalDate.of(2026, 6, 2));
    }

    // ------------------------------------------------------------------ wiring

    @Autowired
    CertificationService certification;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MarketEntityService marketEntities;
    @Autowired
    SupplierRecommendationService recommendations;
    @Autowired
    OutletService outlets;
    @Autowired
    ExhibitionService exhibitions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BulletinService bulletins;
    @Autowired
    BulletinDataService bulletinData;
    @Autowired
    ReservedShareService shares;
    @Autowired
    MarketEntityRepository entityRepository;
    @Autowired
    CertificationApplicationRepository applicationRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    private static Targets targets;

    static List<Row> rows() {
        return ROWS;
    }

    @Test
    void every_scoped_service_method_has_a_row() {
        var scoped = ServiceMethods.all().stream().filter(ServiceMethods.Guarded::takesScope)
                .map(ServiceMethods.Guarded::key).collect(Collectors.toCollection(TreeSet::new));
        var inTable = ROWS.stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("rows of the scope matrix").hasSameSizeAs(ROWS).isEqualTo(scoped);
        assertThat(ROWS).allSatisfy(row -> assertThat(row.refused()).extracting(Refusal::why)
                .contains("wrong role").containsAnyOf("other region", "other unit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void an_in_scope_user_is_let_through_and_out_of_scope_users_are_refused(Row row) {
        var t = targets();
        signIn(row.allowed());
        try {
            row.call().on(this, t);
        } catch (AccessDeniedException e) {
            fail(row.method() + " refused the user in scope " + row.allowed(), e);
        } catch (RuntimeException businessAnswer) {
            // Let through: the method itself answered (a stale version, a state that does not allow the step …), not
            // the evaluation of its guard.
            assertThat(businessAnswer.getClass().getName()).as(row.method())
                    .doesNotStartWith("org.springframework.expression").doesNotStartWith("org.springframework.security");
        }
        for (var refusal : row.refused()) {
            signIn(refusal.who());
            assertThatThrownBy(() -> row.call().on(this, t)).as(row.method() + " for " + refusal.why() + ": "
                    + refusal.who()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @AfterEach
    void signOut() {
        strategy().clearContext();
    }

    private SecurityContextHolderStrategy strategy() {
        return holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private void signIn(Who who) {
        var user = new AppUser("matrix-" + String.join("-", who.roles()).toLowerCase(), "矩阵测试用户",
                who.department(), who.region(), who.roles(), null, who.unit());
        var principal = (AppUserPrincipal) () -> user;
        var authorities = AppRoles.authoritiesOf(who.roles()).stream().map(SimpleGrantedAuthority::new).toList();
        var security = strategy().createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        strategy().setContext(security);
    }

    /** Stores the records of 延寿县 / 哈尔滨市 the rows work on, through the services, once. */
    private Targets targets() {
        if (targets != null) {
            return targets;
        }
        var fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
        long application = fixtures.application(YANSHOU, CatalogTestData.unique("矩阵大米"), CertificationStatus.SUBMITTED);
        var entity = entityRepository.save(new MarketEntity(CatalogTestData.entityForm(YANSHOU,
                CatalogTestData.unique("矩阵合作社"))));
        long published = fixtures.published(YANSHOU, CatalogTestData.unique("矩阵香米"), LocalDate.of(2026, 10, 1));
        signIn(PROVINCE_REVIEWER);
        long producer = certification.detail(published).row().entityId();
        long attachment = attachments.attachToApplication(application, "证书.pdf", PDF).id();
        signIn(COUNTY);
        long recommendation = recommendations.recommend(producer, "带贫效果好").id();
        signIn(SUPERVISOR);
        long complaint = complaints.register(new ComplaintForm(ComplaintSource.HOTLINE_12317, application, null,
                "王女士", "13904510000", "矩阵测试投诉", LocalDate.of(2026, 11, 1))).id();
        signIn(COMMERCE);
        long outlet = outlets.create(outlet(CatalogTestData.unique("矩阵专柜"))).id();
        long exhibition = exhibitions.create(exhibition(CatalogTestData.unique("矩阵展会"))).id();
        long deal = exhibitions.addDeal(exhibition, deal(entity.getCreditCode())).id();
        var review = ReviewFixtures.of(context);
        review.reset();
        long share = review.share(ReviewFixtures.UNIVERSITY).id();
        strategy().clearContext();
        targets = new Targets(application, entity.getId(), entity.getCreditCode(), complaint, attachment,
                recommendation, outlet, exhibition, deal, share, share);
        return targets;
    }
}
