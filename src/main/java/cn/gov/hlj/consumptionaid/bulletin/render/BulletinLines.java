package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinData;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.RankedFigure;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.bulletin.render.BulletinLine.Kind;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a bulletin's data out as the lines of the progress template: the summary paragraph written from the headline
 * figures, the tables of the departments, and the editor's narrative sections. Text comes from
 * {@code i18n/bulletin_zh_CN.properties} (bulletins are official documents in Chinese); figures are formatted by
 * {@link BulletinNumbers}. Sections are numbered 一、二、… in the order they appear.
 */
final class BulletinLines {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final PortalI18NProvider i18n;
    private final BulletinData data;
    private final List<BulletinLine> lines = new ArrayList<>();
    private int sections;

    private BulletinLines(PortalI18NProvider i18n, BulletinData data) {
        this.i18n = i18n;
        this.data = data;
    }

    static List<BulletinLine> of(PortalI18NProvider i18n, BulletinData data) {
        var layout = new BulletinLines(i18n, data);
        layout.build();
        return List.copyOf(layout.lines);
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, PortalI18NProvider.CHINESE, args);
    }

    private String title(String key) {
        return numeral(++sections) + "、" + t(key);
    }

    /** 一 … 九十九, as section numbers are written. */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    private String f(Indicator indicator) {
        return BulletinNumbers.format(data.figure(indicator), indicator.unit());
    }

    private static String f(BigDecimal value, IndicatorUnit unit) {
        return BulletinNumbers.format(value, unit);
    }

    private void build() {
        if (data.type() == BulletinType.RESERVED_SHARES) {
            reservedShareTable();
            return;
        }
        if (data.type() == BulletinType.SOE_PROCUREMENT) {
            soe();
        } else {
            progress();
        }
        narrative("workNews", "bulletin.doc.section.work-news", data.narrative().workNews());
        narrative("experiences", "bulletin.doc.section.experiences", data.narrative().experiences());
        narrative("problems", "bulletin.doc.section.problems", data.narrative().problems());
        narrative("nextSteps", "bulletin.doc.section.next-steps", data.narrative().nextSteps());
    }

    private void progress() {
        summary();
        finance();
        departments();
        education();
        sasac();
        certification();
        sales();
    }

    /**
     * 国有企业消费扶贫采购情况通报: the summary, SOEs ranked by purchases and by 以购代捐, participation and purchases by
     * region with the total row, and the monthly trend (the chart in the template's trend section).
     */
    private void soe() {
        var to = data.figuresPeriod().to();
        var title = title("bulletin.doc.section.summary");
        lines.add(BulletinLine.text("summary", title, i18n.getTranslation("bulletin.doc.soe.summary",
                PortalI18NProvider.CHINESE, i18n.getTranslation("bulletin.doc.date", PortalI18NProvider.CHINESE,
                        String.valueOf(to.getYear()), String.valueOf(to.getMonthValue()),
                        String.valueOf(to.getDayOfMonth())),
                data.scopeName(), f(Indicator.SASAC_SOES), f(Indicator.SASAC_PARTICIPATING_SOES),
                f(Indicator.SASAC_PURCHASE_AMOUNT), f(Indicator.SASAC_DONATION_AMOUNT),
                f(Indicator.SASAC_CONSIGNMENT_AMOUNT))));

        var soe = data.soe();
        title = title("bulletin.doc.section.soe-purchases");
        lines.add(BulletinLine.row("soe-purchases", title, Kind.HEAD, t("bulletin.doc.head.soe"),
                t("bulletin.doc.head.rank"), t("bulletin.doc.head.purchases")));
        ranking("soe-purchases", title, soe.purchaseRanking(), IndicatorUnit.YUAN);
        title = title("bulletin.doc.section.soe-donations");
        lines.add(BulletinLine.row("soe-donations", title, Kind.HEAD, t("bulletin.doc.head.soe"),
                t("bulletin.doc.head.rank"), t("bulletin.doc.head.donations")));
        ranking("soe-donations", title, soe.donationRanking(), IndicatorUnit.YUAN);

        title = title("bulletin.doc.section.soe-regions");
        lines.add(BulletinLine.row("soe-regions", title, Kind.HEAD, regionHead(), t("bulletin.doc.head.soes"),
                t("bulletin.doc.head.participating-soes"), t("bulletin.doc.head.purchases"),
                t("bulletin.doc.head.donations")));
        for (var row : soe.byRegion()) {
            lines.add(BulletinLine.row("soe-regions", title, Kind.ROW, row.name(),
                    f(row.registered(), IndicatorUnit.COUNT), f(row.participating(), IndicatorUnit.COUNT),
                    f(row.purchases(), IndicatorUnit.YUAN), f(row.donations(), IndicatorUnit.YUAN)));
        }
        lines.add(BulletinLine.row("soe-regions", title, Kind.TOTAL, t("bulletin.doc.total"),
                f(Indicator.SASAC_SOES), f(Indicator.SASAC_PARTICIPATING_SOES), f(Indicator.SASAC_PURCHASE_AMOUNT),
                f(Indicator.SASAC_DONATION_AMOUNT)));

        title = title("bulletin.doc.section.soe-trend");
        lines.add(BulletinLine.row("soe-trend", title, Kind.HEAD, t("bulletin.doc.head.month"),
                t("bulletin.doc.head.purchases"), t("bulletin.doc.head.donations")));
        for (var month : soe.trend()) {
            lines.add(BulletinLine.row("soe-trend", title, Kind.ROW, month.month(),
                            f(month.purchases(), IndicatorUnit.YUAN), f(month.donations(), IndicatorUnit.YUAN))
                    .charted(month.month(), IndicatorValue.shown(month.purchases(), IndicatorUnit.YUAN).doubleValue(),
                            IndicatorValue.shown(month.donations(), IndicatorUnit.YUAN).doubleValue()));
        }
    }

    private void summary() {
        var title = title("bulletin.doc.section.summary");
        var to = data.figuresPeriod().to();
        var text = i18n.getTranslation("bulletin.doc.summary", PortalI18NProvider.CHINESE,
                i18n.getTranslation("bulletin.doc.date", PortalI18NProvider.CHINESE, String.valueOf(to.getYear()),
                        String.valueOf(to.getMonthValue()), String.valueOf(to.getDayOfMonth())),
                data.scopeName(),
                f(Indicator.POVERTY_CERTIFIED_PRODUCTS), f(Indicator.POVERTY_POOR_PEOPLE_DRIVEN),
                f(Indicator.POVERTY_NEWLY_CERTIFIED), f(Indicator.FINANCE_BUDGET_UNITS),
                f(Indicator.FINANCE_RESERVED_AMOUNT), f(Indicator.FINANCE_COMPLETED_AMOUNT),
                f(Indicator.FINANCE_COMPLETION_RATE), f(Indicator.FINANCE_UNITS_RESERVING_NOTHING),
                f(Indicator.POVERTY_SALES_AMOUNT), f(Indicator.EDUCATION_PARTICIPATING_SCHOOLS),
                f(Indicator.EDUCATION_PURCHASE_AMOUNT), f(Indicator.SASAC_PARTICIPATING_SOES),
                f(Indicator.SASAC_PURCHASE_AMOUNT), f(Indicator.POVERTY_COMPLAINTS_RECEIVED),
                f(Indicator.POVERTY_COMPLAINTS_HANDLED));
        lines.add(BulletinLine.text("summary", title, text));
    }

    private String regionHead() {
        return t("CITY".equals(data.regionDimension()) ? "bulletin.doc.head.city" : "bulletin.doc.head.county");
    }

    private void finance() {
        var title = title("bulletin.doc.section.finance");
        lines.add(BulletinLine.row("finance", title, Kind.HEAD, regionHead(), t("bulletin.doc.head.units"),
                t("bulletin.doc.head.reserved"), t("bulletin.doc.head.completed"), t("bulletin.doc.head.rate"),
                t("bulletin.doc.head.reserving-nothing")));
        for (var row : data.financeByRegion()) {
            lines.add(BulletinLine.row("finance", title, Kind.ROW, row.name(), f(row.units(), IndicatorUnit.COUNT),
                            f(row.reserved(), IndicatorUnit.YUAN), f(row.completed(), IndicatorUnit.YUAN),
                            f(row.rate(), IndicatorUnit.PERCENT), f(row.reservingNothing(), IndicatorUnit.COUNT))
                    .charted(row.name(), row.rate() == null ? 0d : row.rate().doubleValue()));
        }
        lines.add(BulletinLine.row("finance", title, Kind.TOTAL, t("bulletin.doc.total"),
                f(Indicator.FINANCE_BUDGET_UNITS), f(Indicator.FINANCE_RESERVED_AMOUNT),
                f(Indicator.FINANCE_COMPLETED_AMOUNT), f(Indicator.FINANCE_COMPLETION_RATE),
                f(Indicator.FINANCE_UNITS_RESERVING_NOTHING)));
    }

    private void departments() {
        var title = title("bulletin.doc.section.departments");
        lines.add(BulletinLine.row("departments", title, Kind.HEAD, t("bulletin.doc.head.department"),
                t("bulletin.doc.head.rank"), t("bulletin.doc.head.rate")));
        ranking("departments", title, data.departmentRanking(), IndicatorUnit.PERCENT);
    }

    private void education() {
        var title = title("bulletin.doc.section.education");
        lines.add(BulletinLine.row("education", title, Kind.HEAD, regionHead(), t("bulletin.doc.head.schools"),
                t("bulletin.doc.head.participating"), t("bulletin.doc.head.participation-rate"),
                t("bulletin.doc.head.school-purchases")));
        for (var row : data.educationByRegion()) {
            lines.add(BulletinLine.row("education", title, Kind.ROW, row.name(),
                    f(row.schools(), IndicatorUnit.COUNT), f(row.participating(), IndicatorUnit.COUNT),
                    f(row.rate(), IndicatorUnit.PERCENT), f(row.purchases(), IndicatorUnit.YUAN)));
        }
        lines.add(BulletinLine.row("education", title, Kind.TOTAL, t("bulletin.doc.total"),
                f(Indicator.EDUCATION_SCHOOLS), f(Indicator.EDUCATION_PARTICIPATING_SCHOOLS),
                f(Indicator.EDUCATION_PARTICIPATION_RATE), f(Indicator.EDUCATION_PURCHASE_AMOUNT)));
    }

    private void sasac() {
        var title = title("bulletin.doc.section.sasac");
        lines.add(BulletinLine.text("sasac", title, i18n.getTranslation("bulletin.doc.sasac",
                PortalI18NProvider.CHINESE, f(Indicator.SASAC_SOES), f(Indicator.SASAC_PARTICIPATING_SOES),
                f(Indicator.SASAC_PURCHASE_AMOUNT), f(Indicator.SASAC_DONATION_AMOUNT))));
        lines.add(BulletinLine.row("sasac", title, Kind.HEAD, t("bulletin.doc.head.soe"), t("bulletin.doc.head.rank"),
                t("bulletin.doc.head.purchases")));
        ranking("sasac", title, data.soeRanking(), IndicatorUnit.YUAN);
    }

    private void certification() {
        var title = title("bulletin.doc.section.certification");
        lines.add(BulletinLine.row("certification", title, Kind.HEAD, t("bulletin.doc.head.item"),
                t("bulletin.doc.head.count")));
        for (var indicator : List.of(Indicator.POVERTY_CERTIFIED_PRODUCTS, Indicator.POVERTY_NEWLY_CERTIFIED,
                Indicator.POVERTY_CATALOG_EXPIRING, Indicator.AGRICULTURE_WITHDRAWALS,
                Indicator.POVERTY_COMPLAINTS_RECEIVED, Indicator.POVERTY_COMPLAINTS_HANDLED,
                Indicator.POVERTY_BLACKLISTED_ENTITIES)) {
            lines.add(BulletinLine.row("certification", title, Kind.ROW,
                    i18n.getTranslation("bulletin.doc.item." + indicator.code(), PortalI18NProvider.CHINESE),
                    f(indicator)));
        }
    }

    private void sales() {
        var title = title("bulletin.doc.section.sales");
        lines.add(BulletinLine.row("sales", title, Kind.HEAD, t("bulletin.doc.head.channel"),
                t("bulletin.doc.head.rank"), t("bulletin.doc.head.sales")));
        ranking("sales", title, data.salesByChannel(), IndicatorUnit.YUAN);
        lines.add(BulletinLine.row("sales", title, Kind.TOTAL, t("bulletin.doc.total"), "",
                f(Indicator.POVERTY_SALES_AMOUNT)));
    }

    /** 预留份额完成情况表: the finance summary, then one table of budget units per supervising department. */
    private void reservedShareTable() {
        var to = data.figuresPeriod().to();
        var title = title("bulletin.doc.section.units-summary");
        lines.add(BulletinLine.text("units-summary", title, i18n.getTranslation("bulletin.doc.units-summary",
                PortalI18NProvider.CHINESE, i18n.getTranslation("bulletin.doc.date", PortalI18NProvider.CHINESE,
                        String.valueOf(to.getYear()), String.valueOf(to.getMonthValue()),
                        String.valueOf(to.getDayOfMonth())),
                data.scopeName(), f(Indicator.FINANCE_BUDGET_UNITS), f(Indicator.FINANCE_RESERVED_AMOUNT),
                f(Indicator.FINANCE_COMPLETED_AMOUNT), f(Indicator.FINANCE_COMPLETION_RATE),
                f(Indicator.FINANCE_UNITS_RESERVING_NOTHING))));
        int index = 0;
        for (var department : data.unitsByDepartment()) {
            var section = "department-" + index++;
            var name = department.code().isEmpty() ? t("bulletin.doc.no-department") : department.name();
            var heading = title("bulletin.doc.section.units-of") + name;
            lines.add(BulletinLine.row(section, heading, Kind.HEAD, t("bulletin.doc.head.unit"),
                    t("bulletin.doc.head.unit-code"), t("bulletin.doc.head.region"), t("bulletin.doc.head.reserved"),
                    t("bulletin.doc.head.completed"), t("bulletin.doc.head.rate")));
            for (var unit : department.units()) {
                lines.add(BulletinLine.row(section, heading, Kind.ROW, unit.name(), unit.code(), unit.regionName(),
                        f(unit.reserved(), IndicatorUnit.YUAN), f(unit.completed(), IndicatorUnit.YUAN),
                        f(unit.rate(), IndicatorUnit.PERCENT)));
            }
            if (!department.code().isEmpty()) {
                lines.add(BulletinLine.row(section, heading, Kind.TOTAL, t("bulletin.doc.subtotal"), "", "",
                        f(department.reserved(), IndicatorUnit.YUAN), f(department.completed(), IndicatorUnit.YUAN),
                        f(department.rate(), IndicatorUnit.PERCENT)));
            }
        }
    }

    private void ranking(String section, String title, List<RankedFigure> rows, IndicatorUnit unit) {
        if (rows.isEmpty()) {
            lines.add(BulletinLine.row(section, title, Kind.ROW, t("bulletin.doc.none")));
        }
        for (var row : rows) {
            lines.add(BulletinLine.row(section, title, Kind.ROW, row.name(), String.valueOf(row.rank()),
                    f(row.value(), unit)));
        }
    }

    private void narrative(String section, String key, String text) {
        if (text == null) {
            return;
        }
        var title = title(key);
        for (var paragraph : text.split("\\R+")) {
            if (!paragraph.isBlank()) {
                lines.add(BulletinLine.text(section, title, paragraph.strip()));
            }
        }
    }
}
