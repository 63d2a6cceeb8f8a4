package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityType;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The entity registry as the 延寿县 reviewer uses it: register an entity, then enter an application for it. */
class EntitiesViewTest extends KaribuTest {

    @Test
    void the_county_reviewer_registers_an_entity_and_submits_an_application_for_it() {
        login("yanshou-reviewer");
        UI.getCurrent().navigate("certification/entities");
        var view = LocatorJ._get(EntitiesView.class);
        assertThat(view.register.isVisible()).isTrue();

        view.register.click();
        var dialog = LocatorJ._get(EntityFormDialog.class);
        assertThat(dialog.county.getValue().code()).isEqualTo("230129");
        var name = CatalogTestData.unique("延寿县玉山水稻种植专业合作社");
        dialog.creditCode.setValue("93230129MA1BXXXX1X");
        dialog.name.setValue(name);
        dialog.type.setValue(MarketEntityType.FARMERS_COOPERATIVE);
        dialog.legalRepresentative.setValue("李玉山");
        dialog.contact.setValue("0451-53021234");
        dialog.helpsByWages.setValue(true);
        dialog.save.click();
        expectNotifications("统一社会信用代码“93230129MA1BXXXX1X”的校验码“X”不正确，请核对后重新填写。");
        assertThat(dialog.isOpened()).isTrue();

        dialog.creditCode.setValue(CatalogTestData.creditCode("230129"));
        dialog.save.click();
        expectNotifications("已办理。");
        view.text.setValue(name);
        assertThat(GridKt._size(view.grid)).isOne();
        MarketEntityRow row = GridKt._get(view.grid, 0);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(name, "农民专业合作社", "延寿县", "李玉山");

        view.grid.select(row);
        view.apply.click();
        var form = LocatorJ._get(ApplicationFormDialog.class);
        assertThat(form.producer.getValue()).isEqualTo(name);
        form.productName.setValue("延寿长粒香大米");
        form.category.setValue(new CategoryRow("RICE", "大米", "Rice"));
        form.specification.setValue("5kg/袋");
        form.price.setValue(new BigDecimal("68.00"));
        form.referencePrice.setValue(new BigDecimal("75.00"));
        form.qualityEvidence.setValue("绿色食品证书");
        form.poorPeopleDriven.setValue(35);
        form.povertyLink.setValue("务工带贫");
        form.commodityValue.setValue(new BigDecimal("120.00"));
        form.save.click();
        expectNotifications("请确认申报主体已签署申报材料真实性承诺。");
        form.commitment.setValue(true);
        form.save.click();
        expectNotifications("已办理。");

        var detail = LocatorJ._get(ApplicationView.class);
        assertThat(detail.status.getText()).isEqualTo("待县级认定");
        assertThat(detail.approve.isVisible()).isTrue();
    }

    @Test
    void a_city_reviewer_reads_the_registry_without_registering() {
        login("harbin-reviewer");
        UI.getCurrent().navigate("certification/entities");
        var view = LocatorJ._get(EntitiesView.class);
        assertThat(view.register.isVisible()).isFalse();
        assertThat(view.apply.isVisible()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("市场主体名录");
    }
}
