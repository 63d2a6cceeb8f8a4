package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.DepartmentUnits;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.EducationRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.FinanceRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.RankedFigure;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.Soe;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.SoeMonth;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.SoeRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.UnitLine;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.FigureAnswers;
import cn.gov.hlj.consumptionaid.metrics.FigureRequest;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.metrics.UnitCompletionRow;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads what a bulletin prints from the indicator catalog, and from nothing else: every value is what
 * {@link IndicatorService} answers for the bulletin's figures period ({@link BulletinType#figuresPeriod}) and region,
 * so a printed figure is the dashboard's figure for the same period and region.
 */
@Service
@PreAuthorize(BulletinDataService.GENERATE)
public class BulletinDataService {

    /** A bulletin editor, or a SASAC task-force member (for the SOE bulletin; each method checks the type). */
    static final String GENERATE = "@bulletinAccess.editsAny()";

    /** How many budget units one query of the reserved-share table reads. */
    private static final int UNIT_PAGE = 5_000;

    /** How many SOEs the ranking lists. */
    static final int SOE_RANKING_SIZE = 10;

    private final IndicatorService indicators;
    private final ReferenceService reference;

    BulletinDataService(IndicatorService indicators, ReferenceService reference) {
        this.indicators = indicators;
        this.reference = reference;
    }

    /** The filter every figure of a bulletin of this request is asked with. */
    public static IndicatorFilter filterOf(BulletinRequest request) {
        return IndicatorFilter.of(BulletinType.figuresPeriod(request.period())).withRegion(request.scopeRegionCode());
    }

    /** The regional breakdown of a bulletin: prefectures for the province, counties for a prefecture. */
    public static Dimension regionDimension(String scopeRegionCode) {
        return DataScope.PROVINCE.equals(scopeRegionCode) ? Dimension.CITY : Dimension.COUNTY;
    }

    /** How many SOEs the SOE procurement bulletin ranks, by purchases and by 以购代捐 (as SASAC's dashboard). */
    static final int SOE_BULLETIN_RANKING_SIZE = 15;

    /**
     * The figures of a bulletin, asked of the indicator service in one batch ({@link IndicatorService#figures}): the
     * headline totals and every breakdown the type prints.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@bulletinAccess.mayEdit(#request.type()) and @scope.coversRegion(#request.scopeRegionCode())")
    public BulletinData read(BulletinRequest request, int issueYear, int issueNumber, LocalDate issueDate,
                             LocalDateTime dataCutoff, Narrative narrative) {
        var filter = filterOf(request);
        var dimension = regionDimension(request.scopeRegionCode());
        // The figures first: the batch may refresh the rollups in a transaction of its own, which this read-only
        // transaction sees only if it has not read anything yet (its snapshot starts with its first statement).
        var answers = indicators.figures(requests(request.type(), dimension), filter);
        var scopeName = reference.region(request.scopeRegionCode()).map(RegionRow::nameZh)
                .orElse(request.scopeRegionCode());
        var regions = regionNames(request.scopeRegionCode());

        var figures = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        for (var indicator : BulletinData.headline(request.type())) {
            figures.put(indicator, answers.total(indicator));
        }
        if (request.type() == BulletinType.SOE_PROCUREMENT) {
            return new BulletinData(request.type(), request.period(), filter.period(), request.scopeRegionCode(),
                    scopeName, dimension.name(), issueYear, issueNumber, issueDate, dataCutoff, figures, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), soe(answers, dimension, regions, filter),
                    narrative == null ? Narrative.EMPTY : narrative);
        }

        var units = byKey(answers, Indicator.FINANCE_BUDGET_UNITS, dimension);
        var reserved = byKey(answers, Indicator.FINANCE_RESERVED_AMOUNT, dimension);
        var completed = byKey(answers, Indicator.FINANCE_COMPLETED_AMOUNT, dimension);
        var rate = byKey(answers, Indicator.FINANCE_COMPLETION_RATE, dimension);
        var nothing = byKey(answers, Indicator.FINANCE_UNITS_RESERVING_NOTHING, dimension);
        var finance = regions.entrySet().stream()
                .map(region -> new FinanceRegionRow(region.getKey(), region.getValue(),
                        orZero(units.get(region.getKey())), orZero(reserved.get(region.getKey())),
                        orZero(completed.get(region.getKey())), rate.get(region.getKey()),
                        orZero(nothing.get(region.getKey()))))
                .toList();

        var schools = byKey(answers, Indicator.EDUCATION_SCHOOLS, dimension);
        var participating = byKey(answers, Indicator.EDUCATION_PARTICIPATING_SCHOOLS, dimension);
        var participation = byKey(answers, Indicator.EDUCATION_PARTICIPATION_RATE, dimension);
        var schoolPurchases = byKey(answers, Indicator.EDUCATION_PURCHASE_AMOUNT, dimension);
        var education = regions.entrySet().stream()
                .map(region -> new EducationRegionRow(region.getKey(), region.getValue(),
                        orZero(schools.get(region.getKey())), orZero(participating.get(region.getKey())),
                        participation.get(region.getKey()), orZero(schoolPurchases.get(region.getKey()))))
                .toList();

        // Units without a supervising department are in the totals but not in the ranking of departments.
        var departmentRows = answers.breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT, 0)
                .stream().filter(row -> row.key() != null && !row.key().isBlank()).toList();
        var departments = IntStream.range(0, departmentRows.size())
                .mapToObj(i -> new RankedFigure(i + 1, departmentRows.get(i).key(), departmentRows.get(i).nameZh(),
                        departmentRows.get(i).value()))
                .toList();
        var soes = ranked(answers, Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, SOE_RANKING_SIZE);
        var channels = ranked(answers, Indicator.POVERTY_SALES_AMOUNT, Dimension.CHANNEL, 0);

        var unitTable = request.type() == BulletinType.RESERVED_SHARES ? unitsByDepartment(filter, answers)
                : List.<DepartmentUnits>of();
        return new BulletinData(request.type(), request.period(), filter.period(), request.scopeRegionCode(),
                scopeName, dimension.name(), issueYear, issueNumber, issueDate, dataCutoff, figures, finance,
                departments, education, soes, channels, unitTable, Soe.EMPTY,
                narrative == null ? Narrative.EMPTY : narrative);
    }

    /** Every figure a bulletin of a type prints, as one batch. */
    static List<FigureRequest> requests(BulletinType type, Dimension regions) {
        var requests = new ArrayList<FigureRequest>();
        for (var indicator : BulletinData.headline(type)) {
            requests.add(FigureRequest.total(indicator));
        }
        if (type == BulletinType.SOE_PROCUREMENT) {
            for (var indicator : List.of(Indicator.SASAC_SOES, Indicator.SASAC_PARTICIPATING_SOES,
                    Indicator.SASAC_PURCHASE_AMOUNT, Indicator.SASAC_DONATION_AMOUNT)) {
                requests.add(FigureRequest.breakdown(indicator, regions, 0));
            }
            for (var indicator : List.of(Indicator.SASAC_PURCHASE_AMOUNT, Indicator.SASAC_DONATION_AMOUNT)) {
                requests.add(FigureRequest.breakdown(indicator, Dimension.PURCHASER, SOE_BULLETIN_RANKING_SIZE));
                requests.add(FigureRequest.breakdown(indicator, Dimension.MONTH, 0));
            }
            return requests;
        }
        for (var indicator : List.of(Indicator.FINANCE_BUDGET_UNITS, Indicator.FINANCE_RESERVED_AMOUNT,
                Indicator.FINANCE_COMPLETED_AMOUNT, Indicator.FINANCE_COMPLETION_RATE,
                Indicator.FINANCE_UNITS_RESERVING_NOTHING, Indicator.EDUCATION_SCHOOLS,
                Indicator.EDUCATION_PARTICIPATING_SCHOOLS, Indicator.EDUCATION_PARTICIPATION_RATE,
                Indicator.EDUCATION_PURCHASE_AMOUNT)) {
            requests.add(FigureRequest.breakdown(indicator, regions, 0));
        }
        requests.add(FigureRequest.breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT, 0));
        requests.add(FigureRequest.breakdown(Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, SOE_RANKING_SIZE));
        requests.add(FigureRequest.breakdown(Indicator.POVERTY_SALES_AMOUNT, Dimension.CHANNEL, 0));
        if (type == BulletinType.RESERVED_SHARES) {
            for (var indicator : List.of(Indicator.FINANCE_RESERVED_AMOUNT, Indicator.FINANCE_COMPLETED_AMOUNT)) {
                requests.add(FigureRequest.breakdown(indicator, Dimension.SUPERVISING_DEPARTMENT, 0));
            }
        }
        return requests;
    }

    /** The SOE bulletin's tables; months of the figures period without purchases show zero (as the trend does). */
    private static Soe soe(FigureAnswers answers, Dimension dimension, Map<String, String> regions,
                           IndicatorFilter filter) {
        var registered = byKey(answers, Indicator.SASAC_SOES, dimension);
        var participating = byKey(answers, Indicator.SASAC_PARTICIPATING_SOES, dimension);
        var purchases = byKey(answers, Indicator.SASAC_PURCHASE_AMOUNT, dimension);
        var donations = byKey(answers, Indicator.SASAC_DONATION_AMOUNT, dimension);
        var byRegion = regions.entrySet().stream()
                .map(region -> new SoeRegionRow(region.getKey(), region.getValue(),
                        orZero(registered.get(region.getKey())), orZero(participating.get(region.getKey())),
                        orZero(purchases.get(region.getKey())), orZero(donations.get(region.getKey()))))
                .toList();
        var monthlyPurchases = byKey(answers, Indicator.SASAC_PURCHASE_AMOUNT, Dimension.MONTH);
        var monthlyDonations = byKey(answers, Indicator.SASAC_DONATION_AMOUNT, Dimension.MONTH);
        var trend = filter.period().months().stream()
                .map(month -> month.toString())
                .map(month -> new SoeMonth(month, orZero(monthlyPurchases.get(month)),
                        orZero(monthlyDonations.get(month))))
                .toList();
        return new Soe(ranked(answers, Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER,
                SOE_BULLETIN_RANKING_SIZE), ranked(answers, Indicator.SASAC_DONATION_AMOUNT, Dimension.PURCHASER,
                SOE_BULLETIN_RANKING_SIZE), byRegion, trend);
    }

    /** Every budget unit of the region, grouped by supervising department (by code), lowest completion first. */
    private List<DepartmentUnits> unitsByDepartment(IndicatorFilter filter, FigureAnswers answers) {
        var rows = new java.util.ArrayList<UnitCompletionRow>();
        for (int page = 0; ; page++) {
            var slice = indicators.unitCompletions(filter, false, PageRequest.of(page, UNIT_PAGE));
            rows.addAll(slice);
            if (slice.size() < UNIT_PAGE) {
                break;
            }
        }
        var departmentNames = reference.departments().stream()
                .collect(Collectors.toMap(DepartmentRow::code, DepartmentRow::nameZh, (a, b) -> a));
        var regionNames = new HashMap<String, String>();
        var reserved = byKey(answers, Indicator.FINANCE_RESERVED_AMOUNT, Dimension.SUPERVISING_DEPARTMENT);
        var completed = byKey(answers, Indicator.FINANCE_COMPLETED_AMOUNT, Dimension.SUPERVISING_DEPARTMENT);
        var rate = byKey(answers, Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT);
        var grouped = new java.util.TreeMap<String, List<UnitLine>>();
        for (var row : rows) {
            var department = row.supervisingDepartmentCode() == null ? "" : row.supervisingDepartmentCode();
            var region = regionNames.computeIfAbsent(row.regionCode(),
                    code -> reference.region(code).map(RegionRow::nameZh).orElse(code));
            grouped.computeIfAbsent(department, d -> new java.util.ArrayList<>()).add(new UnitLine(row.code(),
                    row.name(), region, row.reservedAmount(), row.completedAmount(), row.completionRate()));
        }
        return grouped.entrySet().stream()
                .map(entry -> new DepartmentUnits(entry.getKey(), departmentNames.getOrDefault(entry.getKey(),
                        entry.getKey()), reserved.get(entry.getKey()), completed.get(entry.getKey()),
                        rate.get(entry.getKey()), List.copyOf(entry.getValue())))
                .toList();
    }

    /** Prefectures of the province, or counties of a prefecture, by code, with their Chinese names. */
    private Map<String, String> regionNames(String scopeRegionCode) {
        var rows = DataScope.PROVINCE.equals(scopeRegionCode) ? reference.prefectures()
                : reference.counties(scopeRegionCode);
        return rows.stream().collect(Collectors.toMap(RegionRow::code, RegionRow::nameZh, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** A breakdown of the batch (all members) by key. */
    private static Map<String, BigDecimal> byKey(FigureAnswers answers, Indicator indicator, Dimension dimension) {
        var values = new HashMap<String, BigDecimal>();
        for (var row : answers.breakdown(indicator, dimension, 0)) {
            values.put(row.key(), row.value());
        }
        return values;
    }

    private static List<RankedFigure> ranked(FigureAnswers answers, Indicator indicator, Dimension dimension,
                                             int limit) {
        return answers.breakdown(indicator, dimension, limit).stream()
                .map(row -> new RankedFigure(row.rank(), row.key(), row.nameZh(), row.value()))
                .toList();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
