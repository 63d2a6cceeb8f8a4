package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.shared.ui.KpiCard;
import com.vaadin.flow.component.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** How an indicator's figure is shown: money in 万元 like the bulletins, counts whole, rates with two decimals. */
final class Display {

    /** Figures where a rise is bad news: the KPI card shows it in red. */
    private static final Set<Indicator> LOWER_IS_BETTER = EnumSet.of(Indicator.FINANCE_UNITS_RESERVING_NOTHING,
            Indicator.FINANCE_UNITS_BELOW_RATE, Indicator.POVERTY_CATALOG_EXPIRING, Indicator.POVERTY_COMPLAINTS_RECEIVED,
            Indicator.POVERTY_COMPLAINTS_OPEN, Indicator.POVERTY_BLACKLISTED_ENTITIES, Indicator.AGRICULTURE_WITHDRAWALS,
            Indicator.AGRICULTURE_QUALITY_WITHDRAWALS);

    private Display() {
    }

    /** A value in the unit it is shown in (万元 for yuan). */
    static BigDecimal shown(Indicator indicator, BigDecimal value) {
        return IndicatorValue.shown(value, indicator.unit());
    }

    /** The unit as shown: 万元, 个, %, 件, 人. */
    static String unit(Component translator, Indicator indicator) {
        return translator.getTranslation(indicator.unit().shownIn().labelKey());
    }

    static String name(Component translator, Indicator indicator) {
        return translator.getTranslation(indicator.nameKey());
    }

    /** "预算单位完成采购额（万元）" — a column or legend header. */
    static String nameWithUnit(Component translator, Indicator indicator) {
        return translator.getTranslation("dashboard.name-with-unit", name(translator, indicator),
                unit(translator, indicator));
    }

    static int fractionDigits(Indicator indicator) {
        return switch (indicator.unit()) {
            case YUAN, WAN_YUAN, PERCENT -> 2;
            case COUNT, ITEMS, PERSONS -> 0;
        };
    }

    static boolean higherIsBetter(Indicator indicator) {
        return !LOWER_IS_BETTER.contains(indicator);
    }

    /** A KPI card for the indicator: its name, its unit in the scale it is shown in, its digits. */
    static KpiCard card(Component translator, Indicator indicator) {
        var card = new KpiCard(name(translator, indicator));
        if (indicator.unit() == IndicatorUnit.YUAN) {
            card.withUnit(KpiCard.Scale.TEN_THOUSAND, translator.getTranslation(IndicatorUnit.YUAN.labelKey()));
        } else {
            card.withUnit(KpiCard.Scale.ONE, unit(translator, indicator));
        }
        return card.withFractionDigits(fractionDigits(indicator)).withHigherIsBetter(higherIsBetter(indicator));
    }

    /** A shown value as text with grouping: {@code 12,345.60}; counts without decimals. */
    static String format(Indicator indicator, BigDecimal shownValue, Locale locale) {
        if (shownValue == null) {
            return "";
        }
        int digits = fractionDigits(indicator);
        var format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(shownValue);
    }
}
