package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.bulletin.render.BulletinNumbers;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SOE procurement bulletin for SASAC (国有企业消费扶贫采购情况通报): every figure is what SASAC's dashboard shows
 * for the same period and region (its KPIs, its rankings of enterprises by purchases and 以购代捐, its regional
 * figures, its monthly trend); the PDF gives back the enterprises' and regions' Chinese names with their figures; a
 * SASAC task-force member generates, edits and publishes it, leaders download it; other departments are refused.
 */
class SoeBulletinTest extends BulletinDataTest {

    /** The SASAC dashboard ranks 15 enterprises by purchases and by 以购代捐. */
    private static final int DASHBOARD_RANKING = 15;

    SoeBulletinTest() {
        super(23, 200, 900, 100);
    }

    @Autowired
    BulletinDataService dataService;
    @Autowired
    BulletinService bulletins;
    @Autowired
    IndicatorService indicators;

    YearMonth lastMonth;

    @BeforeEach
    void setUp() {
        lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    }

    private static BulletinRequest request(YearMonth month, String region) {
        return BulletinRequest.monthly(BulletinType.SOE_PROCUREMENT, month.getYear(), month.getMonthValue(), region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"230000", "230100"})
    void every_figure_equals_the_sasac_dashboards_indicator_for_the_same_period_and_region(String region) {
        var request = request(lastMonth, region);
        signIn.as("sasac");
        var data = dataService.read(request, lastMonth.getYear(), 1, LocalDate.now(clock), LocalDateTime.now(clock),
                Narrative.EMPTY);

        signIn.as("leader");
        var filter = IndicatorFilter.of(BulletinType.figuresPeriod(request.period())).withRegion(region);
        assertThat(data.figures()).containsOnlyKeys(BulletinData.SOE_HEADLINE);
        for (var indicator : BulletinData.SOE_HEADLINE) {
            assertThat(data.figure(indicator)).as(indicator.code())
                    .isEqualByComparingTo(indicators.value(indicator, filter).value());
        }
        assertThat(data.figure(Indicator.SASAC_PURCHASE_AMOUNT)).isPositive();
        assertThat(data.figure(Indicator.SASAC_PARTICIPATING_SOES)).isPositive();

        var soe = data.soe();
        assertThat(soe.purchaseRanking()).isNotEmpty().isEqualTo(ranking(Indicator.SASAC_PURCHASE_AMOUNT, filter));
        assertThat(soe.donationRanking()).isEqualTo(ranking(Indicator.SASAC_DONATION_AMOUNT, filter));
        assertThat(soe.byRegion()).hasSize(region.equals("230000") ? 13 : jdbc.queryForObject(
                "SELECT COUNT(*) FROM region WHERE parent_code = ?", Integer.class, region));
        for (var row : soe.byRegion()) {
            var cut = filter.withRegion(row.regionCode());
            same(row.registered(), Indicator.SASAC_SOES, cut);
            same(row.participating(), Indicator.SASAC_PARTICIPATING_SOES, cut);
            same(row.purchases(), Indicator.SASAC_PURCHASE_AMOUNT, cut);
            same(row.donations(), Indicator.SASAC_DONATION_AMOUNT, cut);
        }
        var purchases = indicators.trend(Indicator.SASAC_PURCHASE_AMOUNT, filter);
        var donations = indicators.trend(Indicator.SASAC_DONATION_AMOUNT, filter);
        assertThat(soe.trend()).hasSize(purchases.size()).hasSize(lastMonth.getMonthValue());
        for (int i = 0; i < purchases.size(); i++) {
            assertThat(soe.trend().get(i).month()).isEqualTo(purchases.get(i).month().toString());
            assertThat(soe.trend().get(i).purchases()).isEqualByComparingTo(purchases.get(i).value());
            assertThat(soe.trend().get(i).donations()).isEqualByComparingTo(donations.get(i).value());
        }
    }

    @Test
    void a_sasac_member_generates_and_publishes_it_and_the_pdf_prints_enterprise_and_region_names_and_figures()
            throws Exception {
        signIn.as("leader");
        var filter = IndicatorFilter.of(BulletinType.figuresPeriod(request(lastMonth, "230000").period()))
                .withRegion("230000");
        var top = indicators.breakdown(Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, filter, 1).getFirst();
        jdbc.update("UPDATE purchaser SET name = '龙江森工集团有限责任公司' WHERE code = ?", top.key());

        signIn.as("sasac");
        var row = bulletins.generate(request(lastMonth, "230000"), Progress.NONE);
        assertThat(row.type()).isEqualTo(BulletinType.SOE_PROCUREMENT);
        assertThat(row.generatedBy()).isEqualTo("sasac");
        assertThat(row.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(bulletins.list(PageRequest.of(0, 50))).extracting(BulletinRow::type)
                .containsOnly(BulletinType.SOE_PROCUREMENT);
        bulletins.editNarrative(row.id(), new Narrative("省国资委组织出资企业开展消费扶贫专项行动。", null, null, null));
        var second = bulletins.regenerate(row.id(), Progress.NONE);
        bulletins.publish(second.id());

        var pdf = bulletins.download(second.id(), BulletinFormat.PDF);
        assertThat(pdf.fileName()).startsWith("全省国有企业消费扶贫采购情况通报_");
        var text = PdfText.of(pdf.content());
        var flat = text.replaceAll("\\s", "");
        assertThat(flat).contains("全省国有企业消费扶贫采购情况通报", "国有企业采购金额排名", "国有企业以购代捐排名",
                "各地区国有企业参与情况", "逐月采购情况", "龙江森工集团有限责任公司", "哈尔滨市", "齐齐哈尔市",
                "大兴安岭地区", "省国资委组织出资企业开展消费扶贫专项行动",
                "纳入统计的国有企业" + shown(indicators.value(Indicator.SASAC_SOES, filter).value(),
                        IndicatorUnit.COUNT) + "家",
                "国有企业采购扶贫产品" + shown(indicators.value(Indicator.SASAC_PURCHASE_AMOUNT, filter).value(),
                        IndicatorUnit.YUAN) + "万元");
        assertThat(text).containsPattern("1\\s+" + Pattern.quote(shown(top.value(), IndicatorUnit.YUAN)));
        var harbin = filter.withRegion("230100");
        assertThat(text).containsPattern("哈尔滨市\\s+"
                + Pattern.quote(shown(indicators.value(Indicator.SASAC_SOES, harbin).value(), IndicatorUnit.COUNT))
                + "\\s+" + Pattern.quote(shown(indicators.value(Indicator.SASAC_PARTICIPATING_SOES, harbin).value(),
                IndicatorUnit.COUNT)) + "\\s+" + Pattern.quote(shown(indicators.value(
                Indicator.SASAC_PURCHASE_AMOUNT, harbin).value(), IndicatorUnit.YUAN)));

        signIn.as("leader");
        assertThat(bulletins.list(PageRequest.of(0, 100))).extracting(BulletinRow::id).contains(second.id())
                .doesNotContain(row.id());
        assertThat(bulletins.download(second.id(), BulletinFormat.DOCX).content()).startsWith('P', 'K');
        signIn.as("sasac");
        assertThat(bulletins.downloads(second.id())).extracting(DownloadRow::username).contains("leader");
    }

    @Test
    void finance_and_other_departments_may_not_generate_it_and_sasac_may_not_touch_other_bulletins() {
        signIn.as("finance");
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth.minusMonths(1), "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dataService.read(request(lastMonth, "230000"), 2026, 1, LocalDate.now(clock),
                LocalDateTime.now(clock), Narrative.EMPTY)).isInstanceOf(AccessDeniedException.class);
        signIn.as("education");
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth.minusMonths(1), "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("leader");
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth.minusMonths(1), "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("bulletin-editor");
        // a yearly progress bulletin (the other tests of this database generate monthly ones)
        var progress = bulletins.generate(new BulletinRequest(BulletinType.PROGRESS,
                cn.gov.hlj.consumptionaid.shared.time.Period.year(lastMonth.getYear() - 1), "230000"), Progress.NONE);
        var soe = bulletins.generate(request(lastMonth.minusMonths(1), "230000"), Progress.NONE);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Long.class);

        signIn.as("finance");
        assertThatThrownBy(() -> bulletins.publish(soe.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.regenerate(soe.id(), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.download(soe.id(), BulletinFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("sasac");
        assertThatThrownBy(() -> bulletins.generate(BulletinRequest.monthly(lastMonth.getYear(),
                lastMonth.getMonthValue(), "230000"), Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.generate(BulletinRequest.monthly(BulletinType.RESERVED_SHARES,
                lastMonth.getYear(), lastMonth.getMonthValue(), "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.publish(progress.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.editNarrative(progress.id(), Narrative.EMPTY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.download(progress.id(), BulletinFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bulletins.find(progress.id())).isEmpty();

        // a SASAC member of a city generates for their city only
        signIn.as("SASAC", "230100", AppRoles.DEPARTMENT_MEMBER);
        assertThatThrownBy(() -> bulletins.generate(request(lastMonth, "230000"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.publish(soe.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM bulletin WHERE id = ?", String.class, soe.id()))
                .isEqualTo("DRAFT");
        var city = bulletins.generate(request(lastMonth, "230100"), Progress.NONE);
        assertThat(city.scopeRegionCode()).isEqualTo("230100");
    }

    private java.util.List<BulletinData.RankedFigure> ranking(Indicator indicator, IndicatorFilter filter) {
        return indicators.breakdown(indicator, Dimension.PURCHASER, filter, DASHBOARD_RANKING).stream()
                .map(row -> new BulletinData.RankedFigure(row.rank(), row.key(), row.nameZh(), row.value()))
                .toList();
    }

    private void same(BigDecimal printed, Indicator indicator, IndicatorFilter cut) {
        assertThat(printed).as(indicator.code() + " " + cut.regionCode())
                .isEqualByComparingTo(indicators.value(indicator, cut).value());
    }

    private static String shown(BigDecimal value, IndicatorUnit unit) {
        return BulletinNumbers.format(value, unit);
    }
}
