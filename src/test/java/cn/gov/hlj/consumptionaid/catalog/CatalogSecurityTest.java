package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every public method of the catalog services refuses a user without the permission, and every command on a record
 * refuses a reviewer of another region — before anything is read or written.
 */
@IntegrationTest
class CatalogSecurityTest {

    @Autowired
    MarketEntityService entities;
    @Autowired
    CertificationService certification;
    @Autowired
    CatalogService catalog;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SupplierRecommendationService recommendations;
    @Autowired
    AttachmentService attachments;
    @Autowired
    CatalogImportService imports;
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

    private SignIn signIn;
    private CatalogFixtures fixtures;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(users, holder);
        fixtures = new CatalogFixtures(entityRepository, applicationRepository, transaction);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Calls on record {@code id} of entity {@code entityId} (and complaint/recommendation/attachment ids). */
    private Map<String, Executable> everyMethod(long id, long entityId, long otherId) {
        var form = CatalogTestData.applicationForm(entityId, "产品");
        var entityForm = CatalogTestData.entityForm(LONGJIANG, "主体");
        var day = LocalDate.of(2020, 10, 12);
        var calls = new LinkedHashMap<String, Executable>();
        calls.put("entities.register", () -> entities.register(entityForm));
        calls.put("entities.update", () -> entities.update(entityId, 0, entityForm));
        calls.put("entities.find", () -> entities.find(entityId));
        calls.put("entities.blacklist", () -> entities.blacklist(entityId, 0, "原因", null));
        calls.put("entities.removeFromBlacklist", () -> entities.removeFromBlacklist(entityId, 0, "原因"));
        calls.put("certification.submit", () -> certification.submit(form, null));
        calls.put("certification.resubmit", () -> certification.resubmit(id, 0, form, null));
        calls.put("certification.certifyAtCounty", () -> certification.certifyAtCounty(id, 0, null));
        calls.put("certification.reviewAtCity", () -> certification.reviewAtCity(id, 0, null));
        calls.put("certification.recheckAtProvince", () -> certification.recheckAtProvince(id, 0, null));
        calls.put("certification.fileNationally", () -> certification.fileNationally(id, 0, "批", day, null));
        calls.put("certification.startNotice", () -> certification.startNotice(id, 0, day, null));
        calls.put("certification.recordObjection", () -> certification.recordObjection(id, 0, day, "异议"));
        calls.put("certification.resolveObjection", () -> certification.resolveObjection(id, 0, 1, "处理"));
        calls.put("certification.publish", () -> certification.publish(id, 0, day));
        calls.put("certification.sendBack", () -> certification.sendBack(id, 0, "理由"));
        calls.put("certification.reject", () -> certification.reject(id, 0, "理由"));
        calls.put("certification.confirmWithdrawal", () -> certification.confirmWithdrawal(id, 0,
                WithdrawalReason.VIOLATION, "说明"));
        calls.put("certification.declineWithdrawal", () -> certification.declineWithdrawal(id, 0, "理由"));
        calls.put("certification.approveWithdrawal", () -> certification.approveWithdrawal(id, 0, day, null));
        calls.put("certification.reportWithdrawalNationally", () -> certification.reportWithdrawalNationally(id, 0,
                day));
        calls.put("certification.renew", () -> certification.renew(id, form, null));
        calls.put("certification.renewable", () -> certification.renewable(id));
        calls.put("certification.detail", () -> certification.detail(id));
        calls.put("complaints.register", () -> complaints.register(new ComplaintForm(ComplaintSource.PUBLIC, id, null,
                null, null, "内容", day)));
        calls.put("complaints.addInvestigation", () -> complaints.addInvestigation(otherId, 0, "调查"));
        calls.put("complaints.close", () -> complaints.close(otherId, 0, new ComplaintClosing("查实", "反馈",
                ComplaintOutcome.NONE, null)));
        calls.put("complaints.find", () -> complaints.find(otherId));
        calls.put("recommendations.recommend", () -> recommendations.recommend(entityId, null));
        calls.put("recommendations.review", () -> recommendations.review(otherId, 0, true, null));
        calls.put("recommendations.recordNationalOutcome", () -> recommendations.recordNationalOutcome(otherId, 0,
                true, day, null));
        calls.put("attachments.attachToApplication", () -> attachments.attachToApplication(id, "a.pdf",
                new byte[] {'%', 'P', 'D', 'F', '-'}));
        calls.put("attachments.attachToComplaint", () -> attachments.attachToComplaint(otherId, "a.pdf",
                new byte[] {'%', 'P', 'D', 'F', '-'}));
        calls.put("attachments.ofApplication", () -> attachments.ofApplication(id));
        calls.put("attachments.ofComplaint", () -> attachments.ofComplaint(otherId));
        calls.put("attachments.download", () -> attachments.download(otherId));
        return calls;
    }

    @Test
    void a_department_member_is_refused_every_method_of_every_catalog_service() {
        long id = fixtures.application(LONGJIANG, unique("权限测试"), CertificationStatus.SUBMITTED);
        signIn.as("province-reviewer");
        long entityId = certification.detail(id).row().entityId();
        signIn.as("finance");
        var calls = everyMethod(id, entityId, 1);
        calls.put("entities.list", () -> entities.list(MarketEntityFilter.ALL, Pageable.unpaged()));
        calls.put("entities.count", () -> entities.count(MarketEntityFilter.ALL));
        calls.put("certification.list", () -> certification.list(ApplicationFilter.ALL, Pageable.unpaged()));
        calls.put("certification.count", () -> certification.count(ApplicationFilter.ALL));
        calls.put("certification.myLevels", () -> certification.myLevels());
        calls.put("catalog.list", () -> catalog.list(CatalogFilter.ALL, Pageable.unpaged()));
        calls.put("catalog.count", () -> catalog.count(CatalogFilter.ALL));
        calls.put("complaints.list", () -> complaints.list(ComplaintFilter.ALL, Pageable.unpaged()));
        calls.put("complaints.count", () -> complaints.count(ComplaintFilter.ALL));
        calls.put("recommendations.list", () -> recommendations.list());
        calls.put("recommendations.eligibleNotRecommended", () -> recommendations.eligibleNotRecommended());
        calls.put("imports.preview", () -> imports.preview(new byte[0]));
        calls.put("imports.commit", () -> imports.commit("x.xlsx", new byte[0]));
        calls.forEach((name, call) -> assertThrows(AuthorizationDeniedException.class, call, name));
        assertThat(calls).hasSize(49);
    }

    @Test
    void the_yanshou_county_reviewer_is_refused_every_command_on_a_record_of_longjiang() {
        long id = fixtures.application(LONGJIANG, unique("权限测试"), CertificationStatus.SUBMITTED);
        signIn.as("supervisor");
        long entityId = certification.detail(id).row().entityId();
        long complaint = complaints.register(new ComplaintForm(ComplaintSource.PUBLIC, null, entityId, null, null,
                "龙江县投诉", LocalDate.of(2026, 11, 2))).id();
        signIn.as("yanshou-reviewer");
        var calls = everyMethod(id, entityId, complaint);
        // the county reviewer may register entities of their own county: here the form names 龙江县
        calls.forEach((name, call) -> assertThrows(AuthorizationDeniedException.class, call, name));
        assertThat(certification.list(ApplicationFilter.ALL, Pageable.unpaged())).extracting(ApplicationRow::id)
                .doesNotContain(id);
        assertThat(complaints.list(ComplaintFilter.ALL, Pageable.unpaged())).extracting(ComplaintRow::id)
                .doesNotContain(complaint);
    }
}
