package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** The type of a school, by which education counts participation (农校对接). */
public enum SchoolType implements ChineseTerm {
    UNIVERSITY("高校"), VOCATIONAL("中职"), PRIMARY_SECONDARY("中小学"), KINDERGARTEN("幼儿园");

    private final String term;

    SchoolType(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.school-type." + name();
    }
}
