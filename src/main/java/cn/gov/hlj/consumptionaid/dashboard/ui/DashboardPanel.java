package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;

/** A part of a dashboard that shows figures for the dashboard's filter: KPI row, chart card, list. */
interface DashboardPanel {

    /** Asks the indicators again for this filter and shows what they return. */
    void refresh(IndicatorFilter filter);
}
