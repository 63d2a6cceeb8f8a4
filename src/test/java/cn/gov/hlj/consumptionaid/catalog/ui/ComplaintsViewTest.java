package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogEntryRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogFilter;
import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogService;
import org.springframework.data.domain.Pageable;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.ComplaintOutcome;
import cn.gov.hlj.consumptionaid.catalog.ComplaintRow;
import cn.gov.hlj.consumptionaid.catalog.ComplaintSource;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import cn.gov.hlj.consumptionaid.support.MutableClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintsViewTest extends KaribuTest {

    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CertificationService certification;
    @Autowired
    MarketEntityService entityService;
    @Autowired
    MutableClock clock;
    @Autowired
    CatalogService catalog;

    private CatalogFixtures fixtures;
    private String name;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixtures = new CatalogFixtures(entities, applications, transaction);
        name = CatalogTestData.unique("投诉页测试");
    }

    private ComplaintsView open(String username) {
        login(username);
        UI.getCurrent().navigate("supervision/complaints");
        return LocatorJ._get(ComplaintsView.class);
    }

    @Test
    void a_supervisor_records_a_hotline_complaint_about_a_product_and_closes_it_with_a_withdrawal() {
        long product = fixtures.published(YANSHOU, name + "大米", LocalDate.now(clock).minusMonths(2));
        var view = open("supervisor");
        view.source.setValue(ComplaintSource.HOTLINE_12317);
        view.product.setValue(entry(view, name));
        view.complainantName.setValue("王女士");
        view.complainantContact.setValue("13904510000");
        view.description.setValue(name + "：产品霉变");
        view.receivedOn.setValue(LocalDate.of(2026, 9, 28));
        view.register.click();
        expectNotifications("已办理。");

        view.text.setValue(name);
        assertThat(GridKt._size(view.grid)).isOne();
        ComplaintRow row = GridKt._get(view.grid, 0);
        assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(view.grid.getPartNameGenerator().apply(row)).isEqualTo("complaint-overdue");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("12317 扶贫监督举报电话", "已超期", "监督员");

        view.grid.select(row);
        view.attach("抽检报告.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        expectNotifications("已办理。");
        assertThat(GridKt._size(view.attachments)).isOne();
        view.finding.setValue("抽检确认霉变");
        view.feedback.setValue("已电话反馈投诉人");
        view.outcome.setValue(ComplaintOutcome.WITHDRAWAL);
        view.withdrawalReason.setValue(WithdrawalReason.QUALITY_OR_SAFETY);
        view.close.click();
        expectNotifications("已办理。");
        assertThat(GridKt._size(view.grid)).as("closed: no longer among the open ones").isZero();
        login("province-reviewer");
        assertThat(certification.detail(product).row().status()).isEqualTo(CertificationStatus.WITHDRAWAL_REQUESTED);
    }

    @Test
    void a_complaint_without_a_subject_is_refused_naming_what_is_missing() {
        var view = open("supervisor");
        view.description.setValue(name);
        view.register.click();
        expectNotifications("请选择投诉对象（扶贫产品或市场主体）。");
    }

    @Test
    void a_county_reviewer_reads_complaints_but_has_no_handling_form() {
        var view = open("yanshou-reviewer");
        assertThat(view.register.getParent()).isEmpty();
        assertThat(view.close.getParent()).isEmpty();
        assertThat(view.getPageTitle()).isEqualTo("投诉举报");
    }

    private CatalogEntryRow entry(ComplaintsView view, String text) {
        return catalog.list(CatalogFilter.ALL.withText(text), Pageable.unpaged()).getFirst();
    }
}
