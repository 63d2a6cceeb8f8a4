package cn.gov.hlj.consumptionaid.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A key figure on a dashboard: a title, the value in a chosen scale and unit (e.g. 123.46 万元), the change against
 * the previous period (↑ 12.5%, green when it is good news, red when it is bad) and an optional footnote.
 * <p>
 * Title, unit and footnote are given already translated; the scale word (万, 亿), the "no value" dash and the
 * "against the previous period" label come from the {@code shared.kpi.*} messages.
 * <pre>{@code
 * var sales = new KpiCard(getTranslation("dashboard.kpi.sales"))
 *         .withUnit(KpiCard.Scale.TEN_THOUSAND, getTranslation("shared.unit.yuan"));
 * sales.setValues(current, previous);
 * }</pre>
 */
@StyleSheet("context://styles/kpi-card.css")
public class KpiCard extends Composite<Div> implements HasSize, LocaleChangeObserver {

    /** Scales for large amounts, as Chinese statistics write them. */
    public enum Scale {
        ONE(BigDecimal.ONE, "shared.kpi.unit.one"),
        /** 万: ten thousand. */
        TEN_THOUSAND(new BigDecimal("10000"), "shared.kpi.unit.ten-thousand"),
        /** 亿: a hundred million. */
        HUNDRED_MILLION(new BigDecimal("100000000"), "shared.kpi.unit.hundred-million");

        private final BigDecimal divisor;
        private final String unitKey;

        Scale(BigDecimal divisor, String unitKey) {
            this.divisor = divisor;
            this.unitKey = unitKey;
        }

        public BigDecimal divisor() {
            return divisor;
        }

        /** The message that puts the scale word in front of a unit: {@code 万{0}} → 万元. */
        public String unitKey() {
            return unitKey;
        }
    }

    /** How the change compares with the period before, seen from the reader's side. */
    public enum Trend {
        GOOD, BAD, NEUTRAL, NONE
    }

    static final String NO_VALUE_KEY = "shared.kpi.no-value";
    static final String PERIOD_KEY = "shared.kpi.change.against-previous";
    static final String NO_PREVIOUS_KEY = "shared.kpi.change.no-previous";

    final Span title = new Span();
    final Span value = new Span();
    final Span unit = new Span();
    final Span change = new Span();
    final Span period = new Span();
    final Span footnote = new Span();
    private final Div changeRow = new Div(change, period);
    private boolean comparing = true;

    private BigDecimal currentValue;
    private BigDecimal previousValue;
    private Scale scale = Scale.ONE;
    private String baseUnit = "";
    private int fractionDigits = 2;
    private boolean higherIsBetter = true;

    public KpiCard(String title) {
        var content = getContent();
        content.addClassName("kpi-card");
        this.title.addClassName("kpi-card__title");
        value.addClassName("kpi-card__value");
        unit.addClassName("kpi-card__unit");
        change.addClassName("kpi-card__change");
        period.addClassName("kpi-card__period");
        changeRow.addClassName("kpi-card__trend");
        footnote.addClassName("kpi-card__footnote");
        var figure = new Div(value, unit);
        figure.addClassName("kpi-card__figure");
        content.add(this.title, figure, changeRow, footnote);
        setTitle(title);
        footnote.setVisible(false);
        refresh();
    }

    public void setTitle(String title) {
        this.title.setText(Objects.requireNonNullElse(title, ""));
    }

    public String getTitle() {
        return title.getText();
    }

    /** The unit after the value (translated, e.g. 元 or 户) and the scale the value is shown in. */
    public KpiCard withUnit(Scale scale, String unit) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.baseUnit = Objects.requireNonNullElse(unit, "");
        refresh();
        return this;
    }

    /** Digits after the decimal point of the value (default 2; 0 for counts). */
    public KpiCard withFractionDigits(int fractionDigits) {
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("fractionDigits must be 0..6, not " + fractionDigits);
        }
        this.fractionDigits = fractionDigits;
        refresh();
        return this;
    }

    /** Whether a rise is good news (sales) or bad news (complaints, overdue payments). Default: higher is better. */
    public KpiCard withHigherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
        refresh();
        return this;
    }

    /** The value of this period and of the previous one; either may be {@code null} (unknown). */
    public void setValues(Number current, Number previous) {
        show(current, previous, true);
    }

    /**
     * A figure that is not compared with a previous period (a count of regions, say): the card shows no change row
     * at all, rather than a dash that suggests a missing comparison.
     */
    public void setValue(Number current) {
        show(current, null, false);
    }

    /** Whether the card shows the change against the previous period. */
    public boolean isComparing() {
        return comparing;
    }

    private void show(Number current, Number previous, boolean comparing) {
        this.currentValue = toDecimal(current);
        this.previousValue = toDecimal(previous);
        this.comparing = comparing;
        refresh();
    }

    /** A small note under the figure (source, as-of date); {@code null} or blank hides it. */
    public void setFootnote(String text) {
        footnote.setText(Objects.requireNonNullElse(text, ""));
        footnote.setVisible(text != null && !text.isBlank());
    }

    public String getFootnote() {
        return footnote.getText();
    }

    /** The figure as shown, e.g. {@code 123.46}. */
    public String getValueText() {
        return value.getText();
    }

    /** The unit as shown, e.g. {@code 万元}. */
    public String getUnitText() {
        return unit.getText();
    }

    /** The change as shown, e.g. {@code ↑ 12.5%}, or a dash when there is nothing to compare with. */
    public String getChangeText() {
        return change.getText();
    }

    public Trend getTrend() {
        return trend(currentValue, previousValue, higherIsBetter);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private void refresh() {
        var locale = getLocale();
        changeRow.setVisible(comparing);
        value.setText(currentValue == null
                ? getTranslation(NO_VALUE_KEY)
                : formatValue(currentValue, scale, fractionDigits, locale));
        unit.setText(getTranslation(scale.unitKey(), baseUnit).strip());

        var trend = getTrend();
        change.setText(changePercent(currentValue, previousValue)
                .map(percent -> formatChange(percent, locale))
                .orElseGet(() -> getTranslation(NO_VALUE_KEY)));
        if (trend == Trend.NONE && currentValue != null) {
            change.setTitle(getTranslation(NO_PREVIOUS_KEY));
        } else {
            change.getElement().removeAttribute("title");
        }
        period.setText(getTranslation(PERIOD_KEY));
        for (var each : Trend.values()) {
            changeRow.removeClassName(trendClass(each));
        }
        changeRow.addClassName(trendClass(trend));
    }

    private static String trendClass(Trend trend) {
        return "kpi-card__trend--" + trend.name().toLowerCase(Locale.ROOT);
    }

    // --- formatting, kept static so that it can be tested without a UI ---

    /** {@code 1234567.8} in {@link Scale#TEN_THOUSAND} with 2 digits → {@code 123.46} (half up, grouped). */
    static String formatValue(BigDecimal value, Scale scale, int fractionDigits, Locale locale) {
        var scaled = value.divide(scale.divisor()).setScale(fractionDigits, RoundingMode.HALF_UP);
        var format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(scaled);
    }

    /**
     * The change in percent, rounded to one digit: (current − previous) / |previous| × 100. Empty when either value
     * is unknown or the previous value is zero (no meaningful percentage).
     */
    static Optional<BigDecimal> changePercent(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(previous)
                .multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 1, RoundingMode.HALF_UP));
    }

    /** {@code 12.5} → {@code ↑ 12.5%}, {@code -3.0} → {@code ↓ 3.0%}, {@code 0.0} → {@code 0.0%}. */
    static String formatChange(BigDecimal percent, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        var magnitude = format.format(percent.abs()) + "%";
        return switch (percent.signum()) {
            case 1 -> "↑ " + magnitude;
            case -1 -> "↓ " + magnitude;
            default -> magnitude;
        };
    }

    static Trend trend(BigDecimal current, BigDecimal previous, boolean higherIsBetter) {
        return changePercent(current, previous)
                .map(percent -> percent.signum() == 0
                        ? Trend.NEUTRAL
                        : (percent.signum() > 0) == higherIsBetter ? Trend.GOOD : Trend.BAD)
                .orElse(Trend.NONE);
    }

    static BigDecimal toDecimal(Number number) {
        return switch (number) {
            case null -> null;
            case BigDecimal decimal -> decimal;
            case Double d when d.isNaN() || d.isInfinite() -> null;
            case Float f when f.isNaN() || f.isInfinite() -> null;
            // toString keeps what the caller wrote (1234567.8), new BigDecimal(double) would not.
            default -> new BigDecimal(number.toString());
        };
    }
}
