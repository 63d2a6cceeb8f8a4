package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a progress bulletin prints, read from the indicator catalog only ({@link BulletinDataService}) and kept
 * apart from the rendering: every value is the exact figure {@code IndicatorService} returns for
 * {@link #figuresPeriod()} and the bulletin's region (yuan for money; the document shows 万元).
 *
 * @param period            the period the bulletin is issued for (a month, quarter or year)
 * @param figuresPeriod     the period the figures cover: 1 January to the period's last day
 * @param scopeRegionCode   the province {@code 230000} or a prefecture
 * @param scopeName         its Chinese name
 * @param regionDimension   how the regional tables break down: by prefecture for the province, by county for a city
 * @param figures           headline values by indicator (summary, certification and the totals of the tables)
 * @param financeByRegion   finance's reserved-share table by region, in region code order
 * @param departmentRanking completion rate by supervising department, best first
 * @param educationByRegion schools, participating schools, participation rate and purchases by region
 * @param soeRanking        the SOEs that bought the most
 * @param salesByChannel    sales by channel, largest first
 * @param unitsByDepartment the reserved-share table (预留份额完成情况表): every budget unit with a reserved share or
 *                          purchases, grouped by supervising department; empty for the progress bulletin
 * @param soe               the SOE procurement bulletin's tables (国有企业消费扶贫采购情况通报); {@link Soe#EMPTY} for the
 *                          other types
 */
public record BulletinData(BulletinType type, Period period, Period figuresPeriod, String scopeRegionCode,
                           String scopeName, String regionDimension, int issueYear, int issueNumber,
                           LocalDate issueDate, LocalDateTime dataCutoff, Map<Indicator, BigDecimal> figures,
                           List<FinanceRegionRow> financeByRegion, List<RankedFigure> departmentRanking,
                           List<EducationRegionRow> educationByRegion, List<RankedFigure> soeRanking,
                           List<RankedFigure> salesByChannel, List<DepartmentUnits> unitsByDepartment,
                           Soe soe, Narrative narrative) {

    /** The indicators of {@link #figures()}, in the order the document uses them. */
    public static final List<Indicator> HEADLINE = List.of(
            Indicator.FINANCE_BUDGET_UNITS, Indicator.FINANCE_RESERVED_AMOUNT, Indicator.FINANCE_COMPLETED_AMOUNT,
            Indicator.FINANCE_COMPLETION_RATE, Indicator.FINANCE_UNITS_RESERVING_NOTHING,
            Indicator.EDUCATION_SCHOOLS, Indicator.EDUCATION_PARTICIPATING_SCHOOLS,
            Indicator.EDUCATION_PARTICIPATION_RATE, Indicator.EDUCATION_PURCHASE_AMOUNT,
            Indicator.SASAC_SOES, Indicator.SASAC_PARTICIPATING_SOES, Indicator.SASAC_PURCHASE_AMOUNT,
            Indicator.SASAC_DONATION_AMOUNT,
            Indicator.POVERTY_CERTIFIED_PRODUCTS, Indicator.POVERTY_NEWLY_CERTIFIED,
            Indicator.POVERTY_CATALOG_EXPIRING, Indicator.POVERTY_POOR_PEOPLE_DRIVEN, Indicator.AGRICULTURE_WITHDRAWALS,
            Indicator.POVERTY_COMPLAINTS_RECEIVED, Indicator.POVERTY_COMPLAINTS_HANDLED,
            Indicator.POVERTY_BLACKLISTED_ENTITIES, Indicator.POVERTY_SALES_AMOUNT,
            Indicator.POVERTY_PURCHASE_AMOUNT);

    /** The indicators of {@link #figures()} of the SOE procurement bulletin: SASAC's own, as its dashboard shows. */
    public static final List<Indicator> SOE_HEADLINE = List.of(Indicator.SASAC_SOES,
            Indicator.SASAC_PARTICIPATING_SOES, Indicator.SASAC_PURCHASE_AMOUNT, Indicator.SASAC_DONATION_AMOUNT,
            Indicator.SASAC_CONSIGNMENT_AMOUNT);

    /** The headline indicators of a type of bulletin. */
    public static List<Indicator> headline(BulletinType type) {
        return type == BulletinType.SOE_PROCUREMENT ? SOE_HEADLINE : HEADLINE;
    }

    public BigDecimal figure(Indicator indicator) {
        return figures.get(indicator);
    }

    /**
     * A region's line of finance's table (units registered, reserved, completed, rate, units reserving nothing).
     * The rate is null where nothing was reserved.
     */
    public record FinanceRegionRow(String regionCode, String name, BigDecimal units, BigDecimal reserved,
                                   BigDecimal completed, BigDecimal rate, BigDecimal reservingNothing) {
    }

    /** A region's line of education's participation table. */
    public record EducationRegionRow(String regionCode, String name, BigDecimal schools, BigDecimal participating,
                                     BigDecimal rate, BigDecimal purchases) {
    }

    /**
     * A supervising department's budget units (lowest completion first) with the department's figures: reserved,
     * completed and rate as the indicators give them for that department.
     */
    public record DepartmentUnits(String code, String name, BigDecimal reserved, BigDecimal completed,
                                  BigDecimal rate, List<UnitLine> units) {
    }

    /** A budget unit's line: reserved share of the year, completed purchases, rate (null when nothing reserved). */
    public record UnitLine(String code, String name, String regionName, BigDecimal reserved, BigDecimal completed,
                           BigDecimal rate) {
    }

    /** A member of a ranking (department, SOE, channel) with its figure. */
    public record RankedFigure(int rank, String key, String name, BigDecimal value) {
    }

    /**
     * The tables of the SOE procurement bulletin: SOEs ranked by purchases and by 以购代捐, participation and purchases
     * by region, and the month-by-month trend of the figures period.
     */
    public record Soe(List<RankedFigure> purchaseRanking, List<RankedFigure> donationRanking,
                      List<SoeRegionRow> byRegion, List<SoeMonth> trend) {

        public static final Soe EMPTY = new Soe(List.of(), List.of(), List.of(), List.of());
    }

    /** A region's line of the SOE table: SOEs registered, SOEs with a counted purchase, purchases, 以购代捐. */
    public record SoeRegionRow(String regionCode, String name, BigDecimal registered, BigDecimal participating,
                               BigDecimal purchases, BigDecimal donations) {
    }

    /** One month of the SOE trend (zero where nothing was bought), key {@code yyyy-MM}. */
    public record SoeMonth(String month, BigDecimal purchases, BigDecimal donations) {
    }
}
