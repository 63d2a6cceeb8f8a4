package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.DepartmentUnits;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.EducationRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.FinanceRegionRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.RankedFigure;
import cn.gov.hlj.consumptionaid.bulletin.BulletinData.UnitLine;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.metrics.UnitCompletionRow;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what a bulletin prints from the indicator catalog, and from nothing else: every value is what
 * {@link IndicatorService} answers for the bulletin's figures period ({@link BulletinType#figuresPeriod}) and region,
 * so a printed figure is the dashboard's figure for the same period and region.
 */
@Service
@PreAuthorize(BulletinDataService.EDIT)
public class BulletinDataService {

    static final String EDIT = "hasAuthority('" + AppRoles.BULLETIN_EDIT + "')";

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

    @Transactional(readOnly = true)
    @PreAuthorize(EDIT + " and @scope.coversRegion(#request.scopeRegionCode())")
    public BulletinData read(BulletinRequest request, int issueYear, int issueNumber, LocalDate issueDate,
                             LocalDateTime dataCutoff, Narrative narrative) {
        var filter = filterOf(request);
        var dimension = regionDimension(request.scopeRegionCode());
        var scopeName = reference.region(request.scopeRegionCode()).map(RegionRow::nameZh)
                .orElse(request.scopeRegionCode());

        var figures = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        for (var indicator : BulletinData.HEADLINE) {
            figures.put(indicator, indicators.value(indicator, filter).value());
        }

        var regions = regionNames(request.scopeRegionCode());
        var units = byKey(Indicator.FINANCE_BUDGET_UNITS, dimension, filter);
        var reserved = byKey(Indicator.FINANCE_RESERVED_AMOUNT, dimension, filter);
        var completed = byKey(Indicator.FINANCE_COMPLETED_AMOUNT, dimension, filter);
        var rate = byKey(Indicator.FINANCE_COMPLETION_RATE, dimension, filter);
        var nothing = byKey(Indicator.FINANCE_UNITS_RESERVING_NOTHING, dimension, filter);
        var finance = regions.entrySet().stream()
                .map(region -> new FinanceRegionRow(region.getKey(), region.getValue(),
                        orZero(units.get(region.getKey())), orZero(reserved.get(region.getKey())),
                        orZero(completed.get(region.getKey())), rate.get(region.getKey()),
                        orZero(nothing.get(region.getKey()))))
                .toList();

        var schools = byKey(Indicator.EDUCATION_SCHOOLS, dimension, filter);
        var participating = byKey(Indicator.EDUCATION_PARTICIPATING_SCHOOLS, dimension, filter);
        var participation = byKey(Indicator.EDUCATION_PARTICIPATION_RATE, dimension, filter);
        var schoolPurchases = byKey(Indicator.EDUCATION_PURCHASE_AMOUNT, dimension, filter);
        var education = regions.entrySet().stream()
                .map(region -> new EducationRegionRow(region.getKey(), region.getValue(),
                        orZero(schools.get(region.getKey())), orZero(participating.get(region.getKey())),
                        participation.get(region.getKey()), orZero(schoolPurchases.get(region.getKey()))))
                .toList();

        // Units without a supervising department are in the totals but not in the ranking of departments.
        var departmentRows = ranked(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT, filter, 0)
                .stream().filter(row -> row.key() != null && !row.key().isBlank()).toList();
        var departments = java.util.stream.IntStream.range(0, departmentRows.size())
                .mapToObj(i -> new RankedFigure(i + 1, departmentRows.get(i).key(), departmentRows.get(i).name(),
                        departmentRows.get(i).value()))
                .toList();
        var soes = ranked(Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, filter, SOE_RANKING_SIZE);
        var channels = ranked(Indicator.POVERTY_SALES_AMOUNT, Dimension.CHANNEL, filter, 0);

        var unitTable = request.type() == BulletinType.RESERVED_SHARES ? unitsByDepartment(filter)
                : List.<DepartmentUnits>of();
        return new BulletinData(request.type(), request.period(), filter.period(), request.scopeRegionCode(),
                scopeName, dimension.name(), issueYear, issueNumber, issueDate, dataCutoff, figures, finance,
                departments, education, soes, channels, unitTable, narrative == null ? Narrative.EMPTY : narrative);
    }

    /** Every budget unit of the region, grouped by supervising department (by code), lowest completion first. */
    private List<DepartmentUnits> unitsByDepartment(IndicatorFilter filter) {
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
        var reserved = byKey(Indicator.FINANCE_RESERVED_AMOUNT, Dimension.SUPERVISING_DEPARTMENT, filter);
        var completed = byKey(Indicator.FINANCE_COMPLETED_AMOUNT, Dimension.SUPERVISING_DEPARTMENT, filter);
        var rate = byKey(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT, filter);
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

    private Map<String, BigDecimal> byKey(Indicator indicator, Dimension dimension, IndicatorFilter filter) {
        var values = new HashMap<String, BigDecimal>();
        for (var row : indicators.breakdown(indicator, dimension, filter, 0)) {
            values.put(row.key(), row.value());
        }
        return values;
    }

    private List<RankedFigure> ranked(Indicator indicator, Dimension dimension, IndicatorFilter filter, int limit) {
        return indicators.breakdown(indicator, dimension, filter, limit).stream()
                .map(row -> new RankedFigure(row.rank(), row.key(), row.nameZh(), row.value()))
                .toList();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
