package cn.gov.hlj.consumptionaid.shared.ui;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiCardTest {

    private static final Locale ZH = PortalI18NProvider.CHINESE;

    @Nested
    class Formatting {

        @Test
        void yuan_shown_in_wan_is_divided_by_ten_thousand_and_rounded_half_up_to_two_digits() {
            assertThat(KpiCard.formatValue(new BigDecimal("1234567.8"), KpiCard.Scale.TEN_THOUSAND, 2, ZH))
                    .isEqualTo("123.46");
            assertThat(KpiCard.formatValue(new BigDecimal("1234565"), KpiCard.Scale.TEN_THOUSAND, 2, ZH))
                    .isEqualTo("123.46");
        }

        @Test
        void yuan_shown_in_yi_and_plain_counts_are_grouped_by_thousands() {
            assertThat(KpiCard.formatValue(new BigDecimal("123456789012"), KpiCard.Scale.HUNDRED_MILLION, 2, ZH))
                    .isEqualTo("1,234.57");
            assertThat(KpiCard.formatValue(new BigDecimal("1234567"), KpiCard.Scale.ONE, 0, ZH))
                    .isEqualTo("1,234,567");
            assertThat(KpiCard.formatValue(new BigDecimal("-0.5"), KpiCard.Scale.ONE, 0, Locale.ENGLISH))
                    .isEqualTo("-1");
        }

        @Test
        void the_change_is_the_difference_against_the_previous_value_in_percent_with_one_digit() {
            assertThat(KpiCard.changePercent(new BigDecimal("112.5"), new BigDecimal("100")))
                    .contains(new BigDecimal("12.5"));
            assertThat(KpiCard.changePercent(new BigDecimal("90"), new BigDecimal("120")))
                    .contains(new BigDecimal("-25.0"));
            assertThat(KpiCard.changePercent(new BigDecimal("2"), new BigDecimal("3")))
                    .contains(new BigDecimal("-33.3"));
            // against a negative base (a loss that shrank) the change is measured on its size
            assertThat(KpiCard.changePercent(new BigDecimal("-50"), new BigDecimal("-100")))
                    .contains(new BigDecimal("50.0"));
        }

        @Test
        void there_is_no_percentage_when_the_previous_value_is_zero_or_unknown() {
            assertThat(KpiCard.changePercent(new BigDecimal("100"), BigDecimal.ZERO)).isEmpty();
            assertThat(KpiCard.changePercent(new BigDecimal("100"), new BigDecimal("0.00"))).isEmpty();
            assertThat(KpiCard.changePercent(new BigDecimal("100"), null)).isEmpty();
            assertThat(KpiCard.changePercent(null, new BigDecimal("100"))).isEmpty();
        }

        @Test
        void a_rise_has_an_up_arrow_a_fall_a_down_arrow_and_no_change_none() {
            assertThat(KpiCard.formatChange(new BigDecimal("12.5"), ZH)).isEqualTo("↑ 12.5%");
            assertThat(KpiCard.formatChange(new BigDecimal("-3"), ZH)).isEqualTo("↓ 3.0%");
            assertThat(KpiCard.formatChange(new BigDecimal("1234.5"), ZH)).isEqualTo("↑ 1,234.5%");
            assertThat(KpiCard.formatChange(new BigDecimal("0.0"), ZH)).isEqualTo("0.0%");
        }

        @Test
        void a_rise_is_good_news_only_when_higher_is_better() {
            var up = new BigDecimal("110");
            var down = new BigDecimal("90");
            var base = new BigDecimal("100");

            assertThat(KpiCard.trend(up, base, true)).isEqualTo(KpiCard.Trend.GOOD);
            assertThat(KpiCard.trend(down, base, true)).isEqualTo(KpiCard.Trend.BAD);
            assertThat(KpiCard.trend(up, base, false)).isEqualTo(KpiCard.Trend.BAD);
            assertThat(KpiCard.trend(down, base, false)).isEqualTo(KpiCard.Trend.GOOD);
            assertThat(KpiCard.trend(base, base, true)).isEqualTo(KpiCard.Trend.NEUTRAL);
            assertThat(KpiCard.trend(up, BigDecimal.ZERO, true)).isEqualTo(KpiCard.Trend.NONE);
        }

        @Test
        void doubles_keep_the_digits_the_caller_wrote_and_nan_counts_as_unknown() {
            assertThat(KpiCard.toDecimal(1234567.8)).isEqualByComparingTo("1234567.8");
            assertThat(KpiCard.toDecimal(0.1)).isEqualTo(new BigDecimal("0.1"));
            assertThat(KpiCard.toDecimal(42L)).isEqualTo(new BigDecimal("42"));
            assertThat(KpiCard.toDecimal(Double.NaN)).isNull();
            assertThat(KpiCard.toDecimal(null)).isNull();
        }
    }

    @Nested
    class Card {

        @BeforeEach
        void setUp() {
            // Without Spring, Vaadin finds the portal's I18NProvider through this deployment parameter.
            System.setProperty("vaadin.i18n.provider", PortalI18NProvider.class.getName());
            MockVaadin.setup();
            UI.getCurrent().setLocale(ZH);
        }

        @AfterEach
        void tearDown() {
            MockVaadin.tearDown();
            System.clearProperty("vaadin.i18n.provider");
        }

        @Test
        void shows_sales_in_wan_yuan_with_a_green_rise_against_the_previous_period() {
            var card = new KpiCard("销售额").withUnit(KpiCard.Scale.TEN_THOUSAND, "元");
            UI.getCurrent().add(card);

            card.setValues(1234567.8, new BigDecimal("1097393.6"));

            assertThat(card.getTitle()).isEqualTo("销售额");
            assertThat(card.title.getText()).isEqualTo("销售额");
            assertThat(card.value.getText()).isEqualTo("123.46");
            assertThat(card.unit.getText()).isEqualTo("万元");
            assertThat(card.change.getText()).isEqualTo("↑ 12.5%");
            assertThat(card.period.getText()).isEqualTo("较上期");
            assertThat(card.getTrend()).isEqualTo(KpiCard.Trend.GOOD);
            assertThat(card.change.getTitle()).isEmpty();
            assertThat(card.change.getParent().orElseThrow().getElement().getClassList())
                    .contains("kpi-card__trend", "kpi-card__trend--good")
                    .doesNotContain("kpi-card__trend--bad");
            assertThat(card.getElement().getClassList()).contains("kpi-card");
        }

        @Test
        void a_rise_in_complaints_is_red_when_lower_is_better() {
            var card = new KpiCard("投诉件数").withUnit(KpiCard.Scale.ONE, "件").withFractionDigits(0)
                    .withHigherIsBetter(false);

            card.setValues(45, 40);

            assertThat(card.getValueText()).isEqualTo("45");
            assertThat(card.getUnitText()).isEqualTo("件");
            assertThat(card.getChangeText()).isEqualTo("↑ 12.5%");
            assertThat(card.getTrend()).isEqualTo(KpiCard.Trend.BAD);
            assertThat(card.change.getParent().orElseThrow().getElement().getClassList())
                    .contains("kpi-card__trend--bad")
                    .doesNotContain("kpi-card__trend--good");
        }

        @Test
        void a_previous_value_of_zero_gives_a_dash_and_no_colour() {
            var card = new KpiCard("新增供应商").withUnit(KpiCard.Scale.ONE, "家").withFractionDigits(0);

            card.setValues(12, 0);

            assertThat(card.getChangeText()).isEqualTo("—");
            assertThat(card.getChangeText()).doesNotContain("%");
            assertThat(card.getTrend()).isEqualTo(KpiCard.Trend.NONE);
            assertThat(card.change.getTitle()).hasValueSatisfying(tip -> assertThat(tip).startsWith("上期无数据或为零"));
            assertThat(card.change.getParent().orElseThrow().getElement().getClassList())
                    .contains("kpi-card__trend--none");
        }

        @Test
        void a_figure_without_comparison_shows_no_change_row_and_a_compared_one_does() {
            var card = new KpiCard("贫困县").withFractionDigits(0);

            card.setValue(28);
            assertThat(card.getValueText()).isEqualTo("28");
            assertThat(card.isComparing()).isFalse();
            assertThat(card.change.getParent().orElseThrow().isVisible()).isFalse();

            card.setValues(30, 28);
            assertThat(card.isComparing()).isTrue();
            assertThat(card.change.getParent().orElseThrow().isVisible()).isTrue();
            assertThat(card.getChangeText()).isEqualTo("↑ 7.1%");
        }

        @Test
        void an_unknown_value_shows_a_dash_and_switching_values_moves_the_colour() {
            var card = new KpiCard("销售额").withUnit(KpiCard.Scale.HUNDRED_MILLION, "元");
            assertThat(card.getValueText()).isEqualTo("—");
            assertThat(card.getUnitText()).isEqualTo("亿元");

            card.setValues(2.5e8, 3e8);
            assertThat(card.getValueText()).isEqualTo("2.50");
            assertThat(card.getChangeText()).isEqualTo("↓ 16.7%");
            card.setValues(3e8, 2.5e8);

            var classes = card.change.getParent().orElseThrow().getElement().getClassList();
            assertThat(classes).contains("kpi-card__trend--good").doesNotContain("kpi-card__trend--bad");
        }

        @Test
        void the_footnote_is_shown_only_when_there_is_one() {
            var card = new KpiCard("销售额");
            assertThat(card.footnote.isVisible()).isFalse();

            card.setFootnote("数据截至 2026-11-27");
            assertThat(card.footnote.isVisible()).isTrue();
            assertThat(card.getFootnote()).isEqualTo("数据截至 2026-11-27");

            card.setFootnote(" ");
            assertThat(card.footnote.isVisible()).isFalse();
        }

        @Test
        void in_english_the_scale_word_and_the_period_label_follow_the_locale() {
            UI.getCurrent().setLocale(Locale.ENGLISH);
            var card = new KpiCard("Sales").withUnit(KpiCard.Scale.TEN_THOUSAND, "yuan");
            UI.getCurrent().add(card);

            card.setValues(1234567.8, 1234567.8);

            assertThat(card.getValueText()).isEqualTo("123.46");
            assertThat(card.getUnitText()).isEqualTo("10k yuan");
            assertThat(card.getChangeText()).isEqualTo("0.0%");
            assertThat(card.period.getText()).isEqualTo("vs. previous period");
            assertThat(card.getTrend()).isEqualTo(KpiCard.Trend.NEUTRAL);
        }

        @Test
        void fraction_digits_are_checked_and_the_stylesheet_is_the_one_in_frontend_styles() {
            assertThatThrownBy(() -> new KpiCard("x").withFractionDigits(-1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(KpiCard.class.getAnnotation(StyleSheet.class).value())
                    .isEqualTo("context://styles/kpi-card.css");
            assertThat(getClass().getResource("/META-INF/resources/styles/kpi-card.css")).isNotNull();
        }
    }
}
