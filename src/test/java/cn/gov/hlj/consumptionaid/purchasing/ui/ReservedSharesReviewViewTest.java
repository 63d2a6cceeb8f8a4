package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.ReservedShareRow;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
import cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.OTHER_UNIVERSITY;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.UNIVERSITY;
import static cn.gov.hlj.consumptionaid.purchasing.ReviewFixtures.UNRELATED;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The reserved-share list with its review: actions only for the supervising unit, a reason to return. */
class ReservedSharesReviewViewTest extends KaribuTest {

    private ReviewFixtures fixtures;

    @BeforeEach
    void data() {
        fixtures = ReviewFixtures.of(context);
        fixtures.reset();
    }

    private ReservedSharesView open(String user) {
        login(user);
        UI.getCurrent().navigate("data/reserved-shares");
        var view = LocatorJ._get(ReservedSharesView.class);
        view.year.setValue(ReviewFixtures.YEAR);
        view.search.setValue("RV-");
        return view;
    }

    private static ReservedShareRow row(ReservedSharesView view, String code) {
        return GridKt._fetch(view.grid, 0, 100).stream().filter(r -> r.purchaserCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<String> actionTexts(ReservedSharesView view, String code) {
        return view.actions(row(view, code)).getChildren().map(c -> ((Button) c).getText()).toList();
    }

    @Test
    void the_supervising_unit_sees_review_actions_on_its_subordinates_only_and_approves() {
        var view = open("rv-supervisor");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(actionTexts(view, UNIVERSITY)).containsExactly("审核通过", "退回");
        assertThat(actionTexts(view, ReviewFixtures.SUPERVISOR_UNIT)).isEmpty();

        view.approve(row(view, UNIVERSITY));
        expectNotifications("已审核通过 测试大学一 的 2024 年预留份额。");
        assertThat(row(view, UNIVERSITY).status()).isEqualTo(ReservedShareStatus.APPROVED);
        assertThat(actionTexts(view, UNIVERSITY)).isEmpty();

        view.status.setValue(ReservedShareStatus.APPROVED);
        assertThat(GridKt._fetch(view.grid, 0, 100)).extracting(ReservedShareRow::purchaserCode)
                .containsExactly(UNIVERSITY);
    }

    @Test
    void returning_asks_for_a_reason_and_refuses_an_empty_one() {
        var view = open("rv-supervisor");
        var dialog = view.openReturn(row(view, OTHER_UNIVERSITY));
        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写退回原因。");
        assertThat(fixtures.share(OTHER_UNIVERSITY).status()).isEqualTo(ReservedShareStatus.SUBMITTED);

        dialog.reason.setValue("食堂预算与上年差异较大，请说明");
        dialog.confirm.click();
        expectNotifications("已退回 测试大学二 的 2024 年预留份额。");
        assertThat(dialog.isOpened()).isFalse();
        var returned = row(view, OTHER_UNIVERSITY);
        assertThat(returned.status()).isEqualTo(ReservedShareStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("食堂预算与上年差异较大，请说明");
    }

    @Test
    void finance_and_a_department_member_see_the_list_without_review_actions() {
        var view = open("finance");
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        assertThat(actionTexts(view, UNIVERSITY)).isEmpty();
        assertThat(actionTexts(view, UNRELATED)).isEmpty();

        view = open("education");
        assertThat(actionTexts(view, UNIVERSITY)).isEmpty();
    }

    @Test
    void a_stale_row_gets_the_changed_by_someone_else_message() {
        var view = open("rv-supervisor");
        var stale = row(view, UNIVERSITY);
        view.approve(stale);
        expectNotifications("已审核通过 测试大学一 的 2024 年预留份额。");
        view.approve(stale);
        expectNotifications("该预留份额刚被他人修改，请刷新列表后重试。");
        assertThat(fixtures.share(UNIVERSITY).status()).isEqualTo(ReservedShareStatus.APPROVED);
    }

    @Test
    void a_returned_share_can_be_submitted_again_by_its_unit() {
        var view = open("rv-supervisor");
        view.openReturn(row(view, UNIVERSITY)).reason.setValue("请补充备注");
        LocatorJ._get(ReservedSharesView.ReturnDialog.class).confirm.click();

        view = open("rv-unit");
        assertThat(actionTexts(view, UNIVERSITY)).containsExactly("重新报送");
        view.resubmit(row(view, UNIVERSITY));
        assertThat(row(view, UNIVERSITY).status()).isEqualTo(ReservedShareStatus.SUBMITTED);
    }
}
