package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.shared.ui.KpiCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.Consumer;

/**
 * One indicator as a key figure: the shared {@link KpiCard} (value, unit, change against the previous period) with a
 * link to the source rows behind it. A stock indicator (registered units, products in the catalog) has no previous
 * period and shows no change; a rate's change is also given in percentage points.
 */
final class KpiTile extends Div {

    final Indicator indicator;
    final KpiCard card;
    final Button details = new Button();
    private IndicatorValue value;

    KpiTile(Indicator indicator, Consumer<KpiTile> onDetails) {
        this.indicator = indicator;
        this.card = Display.card(this, indicator);
        addClassName("kpi-tile");
        setId("kpi-" + indicator.code().replace('.', '-'));
        card.setWidthFull();
        var definition = getTranslation(indicator.definitionKey());
        card.getElement().setAttribute("title", definition);
        details.setText(getTranslation("dashboard.details"));
        details.setIcon(VaadinIcon.LIST_UL.create());
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        details.addClassName("kpi-tile__details");
        details.setTooltipText(getTranslation("dashboard.details.tooltip"));
        details.addClickListener(e -> onDetails.accept(this));
        add(card, details);
    }

    void show(IndicatorValue shown) {
        this.value = shown;
        if (indicator.periodic()) {
            card.setValues(shown.value(), shown.previousValue());
        } else {
            card.setValue(shown.value());
            card.setFootnote(getTranslation("dashboard.kpi.stock"));
        }
        if (indicator.unit() == IndicatorUnit.PERCENT && shown.change() != null) {
            var points = Display.format(indicator, shown.change(), getLocale());
            card.setFootnote(getTranslation("dashboard.kpi.points", shown.change().signum() > 0 ? "+" + points
                    : points));
        }
    }

    IndicatorValue value() {
        return value;
    }
}
