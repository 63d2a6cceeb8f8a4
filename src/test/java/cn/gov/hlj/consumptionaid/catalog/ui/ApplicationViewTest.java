package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.CertificationAction;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.StepRow;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application page: the timeline of every step and the actions each reviewer may take. */
class ApplicationViewTest extends KaribuTest {

    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CertificationService service;

    private CatalogFixtures fixtures;
    private String name;

    @BeforeEach
    void setUp() {
        fixtures = new CatalogFixtures(entities, applications, transaction);
        name = CatalogTestData.unique("详情测试大米");
    }

    private ApplicationView open(String username, long id) {
        login(username);
        UI.getCurrent().navigate("certification/applications/" + id);
        return LocatorJ._get(ApplicationView.class);
    }

    private static List<StepRow> timeline(ApplicationView view) {
        return GridKt._fetch(view.timeline, 0, GridKt._size(view.timeline));
    }

    @Test
    void the_county_reviewer_may_hold_a_county_notice_first_and_records_objections_during_it() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.SUBMITTED);
        var view = open("yanshou-reviewer", id);
        assertThat(view.startCountyNotice.isVisible()).isTrue();
        assertThat(view.date.isVisible()).isTrue();
        assertThat(view.date.getLabel()).isEqualTo("公示开始日期");

        view.date.setValue(java.time.LocalDate.of(2026, 11, 2));
        view.startCountyNotice.click();

        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("县级公示中");
        assertThat(view.startCountyNotice.isVisible()).isFalse();
        assertThat(view.recordObjection.isVisible()).isTrue();
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.approve.getText()).isEqualTo("县级认定");
        assertThat(timeline(view)).extracting(StepRow::action)
                .endsWith(CertificationAction.COUNTY_NOTICE_STARTED);
    }

    @Test
    void the_county_reviewer_certifies_and_the_timeline_shows_who_did_what_with_the_comment() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.SUBMITTED);
        var view = open("yanshou-reviewer", id);
        assertThat(view.status.getText()).isEqualTo("待县级认定");
        assertThat(timeline(view)).extracting(StepRow::action).containsExactly(CertificationAction.SUBMITTED);
        assertThat(GridKt._getFormattedRow(view.timeline, 0)).contains("提交申请", "县级审核员", "材料齐全");
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.approve.getText()).isEqualTo("县级认定");
        assertThat(view.sendBack.isVisible()).isTrue();
        assertThat(view.reject.isVisible()).isTrue();
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.file.isVisible()).isFalse();

        view.comment.setValue("经实地核查，同意认定");
        view.approve.click();

        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("县级已认定，待市级审核");
        assertThat(timeline(view)).extracting(StepRow::action)
                .containsExactly(CertificationAction.SUBMITTED, CertificationAction.COUNTY_CERTIFIED);
        assertThat(GridKt._getFormattedRow(view.timeline, 1))
                .contains("县级认定", "延寿县扶贫办审核员", "县级已认定，待市级审核", "经实地核查，同意认定");
        // now it is the city's turn: nothing left for the county
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(view.sendBack.isVisible()).isFalse();
    }

    @Test
    void the_city_reviewer_must_give_a_reason_to_send_an_application_back() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.COUNTY_CERTIFIED);
        var view = open("harbin-reviewer", id);
        assertThat(view.approve.getText()).isEqualTo("市级审核");

        view.sendBack.click();
        expectNotifications("请填写理由。");
        assertThat(view.status.getText()).isEqualTo("县级已认定，待市级审核");
        assertThat(timeline(view)).hasSize(2);

        view.comment.setValue("缺少带贫户花名册");
        view.sendBack.click();
        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("已退回");
        assertThat(GridKt._getFormattedRow(view.timeline, 2)).contains("退回", "哈尔滨市扶贫办审核员", "缺少带贫户花名册");
    }

    @Test
    void the_province_files_nationally_runs_the_notice_with_an_objection_and_publishes_into_the_catalog() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.PROVINCE_RECHECKED);
        var view = open("province-reviewer", id);
        assertThat(view.file.isVisible()).isTrue();
        view.batch.setValue("2020年第3批");
        view.date.setValue(LocalDate.of(2020, 9, 25));
        view.file.click();
        expectNotifications("已办理。");

        assertThat(view.startNotice.isVisible()).isTrue();
        view.date.setValue(LocalDate.of(2020, 9, 28));
        view.startNotice.click();
        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("公示中");
        assertThat(view.details.getElement().getTextRecursively()).contains("2020-09-28 至 2020-10-10");

        view.date.setValue(LocalDate.of(2020, 9, 30));
        view.comment.setValue("有群众反映该合作社未实际带贫");
        view.recordObjection.click();
        expectNotifications("已办理。");
        assertThat(GridKt._size(view.objections)).isOne();
        assertThat(GridKt._getFormattedRow(view.objections, 0)).contains("有群众反映该合作社未实际带贫", "待处理");

        view.date.setValue(LocalDate.of(2020, 10, 12));
        view.publish.click();
        expectNotifications("公示期间收到的异议尚未全部处理，不能发布入目录。");

        view.objections.select(GridKt._get(view.objections, 0));
        assertThat(view.resolveObjection.isVisible()).isTrue();
        view.comment.setValue("经核实，带贫情况属实");
        view.resolveObjection.click();
        expectNotifications("已办理。");

        view.date.setValue(LocalDate.of(2020, 10, 12));
        view.publish.click();
        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("已入目录");
        assertThat(timeline(view).getLast().action()).isEqualTo(CertificationAction.PUBLISHED);
        assertThat(view.details.getElement().getTextRecursively()).contains("HLJ-2020-230129-", "2020-10-12 至 2021-10-11");
        assertThat(view.publish.isVisible()).isFalse();
    }

    @Test
    void the_county_confirms_a_withdrawal_and_the_province_approves_it_on_the_page() {
        long id = fixtures.published(YANSHOU, name, LocalDate.now().minusMonths(2));
        var view = open("yanshou-reviewer", id);
        assertThat(view.confirmWithdrawal.isVisible()).isTrue();
        assertThat(view.approve.isVisible()).isFalse();
        view.withdrawalReason.setValue(WithdrawalReason.NO_SALES_FOR_A_YEAR);
        view.comment.setValue("832平台及线下一年无销售");
        view.confirmWithdrawal.click();
        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("县级已确认退出，待省级批准");

        view = open("province-reviewer", id);
        assertThat(view.approveWithdrawal.isVisible()).isTrue();
        assertThat(view.declineWithdrawal.isVisible()).isTrue();
        view.approveWithdrawal.click();
        expectNotifications("已办理。");
        assertThat(view.status.getText()).isEqualTo("已退出目录");
        assertThat(timeline(view)).extracting(StepRow::action).endsWith(CertificationAction.PUBLISHED,
                CertificationAction.WITHDRAWAL_CONFIRMED, CertificationAction.WITHDRAWAL_APPROVED);
        assertThat(view.reportWithdrawal.isVisible()).isTrue();
        view.reportWithdrawal.click();
        expectNotifications("已办理。");
        assertThat(view.reportWithdrawal.isVisible()).isFalse();
    }

    @Test
    void a_reviewer_whose_application_changed_meanwhile_is_told_so() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.SUBMITTED);
        var view = open("yanshou-reviewer", id);
        // a colleague certifies it in another tab
        var seen = service.detail(id).row().version();
        service.certifyAtCounty(id, seen, "同意");

        view.comment.setValue("材料不全");
        view.sendBack.click();
        expectNotifications("该记录已被其他人修改，请刷新后重试。");
        assertThat(service.detail(id).row().status()).isEqualTo(CertificationStatus.COUNTY_CERTIFIED);
    }

    @Test
    void a_reviewer_attaches_a_pdf_and_a_file_of_another_type_is_refused() {
        long id = fixtures.application(YANSHOU, name, CertificationStatus.SUBMITTED);
        var view = open("yanshou-reviewer", id);
        assertThat(GridKt._size(view.attachments)).isZero();
        view.attach("绿色食品证书.pdf", "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        expectNotifications("已办理。");
        assertThat(GridKt._size(view.attachments)).isOne();
        assertThat(GridKt._getFormattedRow(view.attachments, 0)).contains("延寿县扶贫办审核员");

        view.attach("照片.png", "not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        expectNotifications("附件“照片.png”不是 PDF、JPEG 或 PNG 文件（按文件内容判断），不能上传。");
        assertThat(GridKt._size(view.attachments)).isOne();
    }

    @Test
    void an_application_of_another_county_does_not_open() {
        long id = fixtures.application(LONGJIANG, name, CertificationStatus.SUBMITTED);
        login("yanshou-reviewer");
        // the same "not found" as for an id that does not exist: nothing is revealed about other counties
        assertThatThrownBy(() -> UI.getCurrent().navigate("certification/applications/" + id))
                .isInstanceOf(NotFoundError.class)
                .hasMessageContaining("认定申请 " + id + " 不存在或不在您的管辖范围内。");
        assertThat(LocatorJ._find(ApplicationView.class)).isEmpty();
    }
}
