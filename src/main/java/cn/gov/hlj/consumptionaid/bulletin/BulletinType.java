package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.shared.time.Period;

/**
 * The kinds of bulletin the portal generates, each from its own Jasper template under {@code reports/}. The progress
 * bulletin (全省消费扶贫工作进展情况通报) is issued per month, quarter or year; its figures run from the first day of the
 * year to the last day of the period ("截至…"). The reserved-share table uses the same template of sections and rows.
 */
public enum BulletinType {

    /** 全省消费扶贫工作进展情况通报. */
    PROGRESS("bulletin-progress"),

    /** 预留份额完成情况表 for finance: one row per budget unit, grouped by supervising department. */
    RESERVED_SHARES("bulletin-progress");

    private final String template;

    BulletinType(String template) {
        this.template = template;
    }

    /** The template's file name under {@code reports/} without {@code .jrxml}. */
    public String template() {
        return template;
    }

    public String labelKey() {
        return "bulletin.type." + name();
    }

    /** The period the figures of a bulletin of this period cover: from 1 January of its year to its last day. */
    public static Period figuresPeriod(Period period) {
        return Period.custom(period.to().withDayOfYear(1), period.to());
    }
}
