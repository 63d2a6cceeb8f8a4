package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.ApplicationRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import org.springframework.transaction.support.TransactionTemplate;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.LONGJIANG;
import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.YANSHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkQueueViewTest extends KaribuTest {

    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;

    private CatalogFixtures fixtures;
    private String name;

    @BeforeEach
    void setUp() {
        fixtures = new CatalogFixtures(entities, applications, transaction);
        name = CatalogTestData.unique("工作台测试");
    }

    private WorkQueueView open(String username) {
        login(username);
        UI.getCurrent().navigate("certification/queue");
        return LocatorJ._get(WorkQueueView.class);
    }

    private static List<ApplicationRow> rows(WorkQueueView view) {
        int size = GridKt._size(view.grid);
        return size == 0 ? List.of() : GridKt._fetch(view.grid, 0, size);
    }

    @Test
    void the_yanshou_county_reviewer_sees_the_applications_awaiting_county_certification_of_yanshou_only() {
        long own = fixtures.application(YANSHOU, name + "大米", CertificationStatus.SUBMITTED);
        long certified = fixtures.application(YANSHOU, name + "木耳", CertificationStatus.COUNTY_CERTIFIED);
        long other = fixtures.application(LONGJIANG, name + "小米", CertificationStatus.SUBMITTED);

        var view = open("yanshou-reviewer");
        assertThat(view.getPageTitle()).isEqualTo("认定工作台");
        assertThat(view.awaitingMe.getValue()).isTrue();
        view.text.setValue(name);
        assertThat(rows(view)).extracting(ApplicationRow::id).containsExactly(own);
        assertThat(rows(view).getFirst().countyCode()).isEqualTo(YANSHOU);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(name + "大米", "延寿县", "大米", "待县级认定");

        view.awaitingMe.setValue(false);
        assertThat(rows(view)).extracting(ApplicationRow::id).containsExactlyInAnyOrder(own, certified)
                .doesNotContain(other);
    }

    @Test
    void the_harbin_city_reviewer_sees_what_the_counties_of_harbin_certified_but_not_qiqihar() {
        long yanshou = fixtures.application(YANSHOU, name + "大米", CertificationStatus.COUNTY_CERTIFIED);
        fixtures.application(YANSHOU, name + "蓝莓", CertificationStatus.SUBMITTED);
        fixtures.application(LONGJIANG, name + "小米", CertificationStatus.COUNTY_CERTIFIED);

        var view = open("harbin-reviewer");
        view.text.setValue(name);
        assertThat(rows(view)).extracting(ApplicationRow::id).containsExactly(yanshou);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("县级已认定，待市级审核");
    }

    @Test
    void the_status_filter_narrows_the_whole_region_and_priority_applications_come_first() {
        long plain = fixtures.application(YANSHOU, name + "大米", CertificationStatus.CITY_REVIEWED);
        long priority = fixtures.priorityApplication(YANSHOU, name + "豆油", CertificationStatus.CITY_REVIEWED);

        var view = open("province-reviewer");
        view.text.setValue(name);
        assertThat(rows(view)).extracting(ApplicationRow::id).containsExactly(priority, plain);
        assertThat(GridKt._getFormattedRow(view.grid, 0).getFirst()).isEqualTo("优先");
        view.awaitingMe.setValue(false);
        view.status.setValue(CertificationStatus.SUBMITTED);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void clicking_a_row_opens_the_application_with_its_timeline() {
        long id = fixtures.application(YANSHOU, name + "大米", CertificationStatus.SUBMITTED);
        var view = open("yanshou-reviewer");
        view.text.setValue(name);
        view.open(rows(view).getFirst());
        var detail = LocatorJ._get(ApplicationView.class);
        assertThat(detail.getPageTitle()).isEqualTo("认定申请 · " + name + "大米");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("certification/applications/" + id);
    }

    @Test
    void a_department_member_and_a_leader_are_refused_the_work_queue() {
        login("finance");
        assertThatThrownBy(() -> UI.getCurrent().navigate("certification/queue"))
                .isInstanceOf(MockAccessDeniedException.class);
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("certification/queue"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
