package cn.gov.hlj.consumptionaid.metrics;

/**
 * The unit of an indicator's value. Money is computed exactly in yuan (DECIMAL, two places); screens and bulletins
 * show it in 万元 ({@link #shownIn()}).
 */
public enum IndicatorUnit {
    /** 元, exact to the fen; shown in 万元. */
    YUAN,
    /** 万元 (10,000 yuan): only as the display unit of {@link #YUAN}. */
    WAN_YUAN,
    /** 个: units, schools, enterprises, products … counted. */
    COUNT,
    /** %: a ratio times 100, two decimals. */
    PERCENT,
    /** 件: orders, records, complaints. */
    ITEMS,
    /** 人: people. */
    PERSONS;

    /** The unit a value is shown in: 万元 for yuan, itself otherwise. */
    public IndicatorUnit shownIn() {
        return this == YUAN ? WAN_YUAN : this;
    }

    /** The i18n key of the unit's symbol (元, 万元, 个, %, 件, 人). */
    public String labelKey() {
        return "metrics.unit." + name();
    }
}
