package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinData;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.EducationRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.FinanceRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.RankedFigure;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.bulletin.Narrative;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;

/** Bulletin data made up in memory, for rendering tests and the pure-Jasper benchmark. */
public final class SampleBulletins {

    private SampleBulletins() {
    }

    public static BulletinData provincial(int cities) {
        var names = List.of("哈尔滨市", "齐齐哈尔市", "鸡西市", "鹤岗市", "双鸭山市", "大庆市", "伊春市", "佳木斯市",
                "七台河市", "牡丹江市", "黑河市", "绥化市", "大兴安岭地区");
        var figures = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        int i = 1;
        for (var indicator : BulletinData.HEADLINE) {
            figures.put(indicator, BigDecimal.valueOf(12_345_678L * i++, 2));
        }
        var finance = new java.util.ArrayList<FinanceRegionRow>();
        var education = new java.util.ArrayList<EducationRegionRow>();
        for (int c = 0; c < cities; c++) {
            var code = String.format("23%02d00", c + 1);
            var name = names.get(c % names.size());
            finance.add(new FinanceRegionRow(code, name, BigDecimal.valueOf(100 + c),
                    BigDecimal.valueOf(5_000_000 + c * 10_000L, 2), BigDecimal.valueOf(3_000_000 + c * 7_000L, 2),
                    BigDecimal.valueOf(6000 + c * 37L, 2), BigDecimal.valueOf(c)));
            education.add(new EducationRegionRow(code, name, BigDecimal.valueOf(40 + c), BigDecimal.valueOf(20 + c),
                    BigDecimal.valueOf(5000 + c, 2), BigDecimal.valueOf(900_000 + c, 2)));
        }
        var ranking = List.of(new RankedFigure(1, "EDUCATION", "省教育厅", new BigDecimal("98.50")),
                new RankedFigure(2, "FINANCE", "省财政厅", new BigDecimal("87.25")));
        var soes = List.of(new RankedFigure(1, "SOE-1", "黑龙江省建设投资集团有限公司", new BigDecimal("12345678.90")));
        var channels = List.of(new RankedFigure(1, "832", "832平台", new BigDecimal("99999999.99")),
                new RankedFigure(2, "COUNTER", "扶贫产品专柜", new BigDecimal("1234.56")));
        var period = Period.month(2026, 10);
        return new BulletinData(BulletinType.PROGRESS, period, BulletinType.figuresPeriod(period), "230000",
                "黑龙江省", "CITY", 2026, 10, LocalDate.of(2026, 11, 5), LocalDateTime.of(2026, 11, 5, 6, 0),
                figures, finance, ranking, education, soes, channels, List.of(), BulletinData.Soe.EMPTY,
                new Narrative("各市持续推进预算单位预留份额采购。", null, "部分单位尚未预留份额。", "加强督导调度。"));
    }

    /** The SOE procurement bulletin of October 2026 for the province, with Chinese enterprise and region names. */
    public static BulletinData soe() {
        var figures = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        figures.put(Indicator.SASAC_SOES, BigDecimal.valueOf(312));
        figures.put(Indicator.SASAC_PARTICIPATING_SOES, BigDecimal.valueOf(187));
        figures.put(Indicator.SASAC_PURCHASE_AMOUNT, new BigDecimal("123456789.00"));
        figures.put(Indicator.SASAC_DONATION_AMOUNT, new BigDecimal("23456789.00"));
        figures.put(Indicator.SASAC_CONSIGNMENT_AMOUNT, new BigDecimal("3456789.00"));
        var purchases = List.of(new RankedFigure(1, "SOE-1", "龙江森工集团", new BigDecimal("45678901.23")),
                new RankedFigure(2, "SOE-2", "北大荒农垦集团有限公司", new BigDecimal("34567890.12")));
        var donations = List.of(new RankedFigure(1, "SOE-2", "北大荒农垦集团有限公司", new BigDecimal("9876543.21")));
        var regions = List.of(
                new BulletinData.SoeRegionRow("230100", "哈尔滨市", BigDecimal.valueOf(120), BigDecimal.valueOf(80),
                        new BigDecimal("60000000.00"), new BigDecimal("10000000.00")),
                new BulletinData.SoeRegionRow("232700", "大兴安岭地区", BigDecimal.valueOf(12),
                        BigDecimal.valueOf(5), new BigDecimal("1200000.00"), BigDecimal.ZERO));
        var period = Period.month(2026, 10);
        var trend = BulletinType.figuresPeriod(period).months().stream()
                .map(month -> new BulletinData.SoeMonth(month.toString(),
                        BigDecimal.valueOf(1_000_000L * month.getMonthValue()),
                        BigDecimal.valueOf(200_000L * month.getMonthValue())))
                .toList();
        return new BulletinData(BulletinType.SOE_PROCUREMENT, period, BulletinType.figuresPeriod(period), "230000",
                "黑龙江省", "CITY", 2026, 3, LocalDate.of(2026, 11, 5), LocalDateTime.of(2026, 11, 5, 6, 0),
                figures, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new BulletinData.Soe(purchases, donations, regions, trend),
                new Narrative("省国资委督促出资企业开展以购代捐。", null, null, null));
    }
}
