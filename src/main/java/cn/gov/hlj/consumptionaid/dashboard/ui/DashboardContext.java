package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One dashboard's view of the world, read once when it opens: the signed-in user and their scope, the indicators they
 * may query, and the names of regions, categories, channels and departments for tables and dialogs.
 */
final class DashboardContext {

    final DashboardServices services;
    final AppUser user;
    final DataScope scope;
    final LocalDate today;
    private final Set<Indicator> visible;
    private final Map<String, RegionRow> regions;
    private final List<RegionRow> prefectures;
    private final Map<String, CategoryRow> categories;
    private final Map<String, ChannelRow> channels;
    private final Map<String, DepartmentRow> departments;

    DashboardContext(DashboardServices services) {
        this.services = services;
        this.user = services.currentUser.require();
        this.scope = user.scope();
        this.today = LocalDate.now(services.clock);
        var indicators = services.indicators.visibleIndicators();
        this.visible = indicators.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(indicators);
        var reference = services.reference;
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(RegionRow::code, Function.identity()));
        this.prefectures = reference.prefectures();
        this.categories = reference.categories().stream()
                .collect(Collectors.toMap(CategoryRow::code, Function.identity()));
        this.channels = reference.channels().stream().collect(Collectors.toMap(ChannelRow::code, Function.identity()));
        this.departments = reference.departments().stream()
                .collect(Collectors.toMap(DepartmentRow::code, Function.identity()));
    }

    IndicatorService indicators() {
        return services.indicators;
    }

    /** Whether this user may query the indicator; a dashboard leaves out what they may not. */
    boolean visible(Indicator indicator) {
        return visible.contains(indicator);
    }

    Optional<RegionRow> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    String regionName(String code, Locale locale) {
        return code == null ? "" : region(code).map(r -> r.name(locale)).orElse(code);
    }

    /** All 13 prefectures, for the map. */
    List<RegionRow> prefectures() {
        return prefectures;
    }

    /** The prefectures this user may choose: all for the province, else the one their region lies in. */
    List<RegionRow> prefecturesInScope() {
        var own = scope.regionCode();
        if (own.equals(DataScope.PROVINCE)) {
            return prefectures;
        }
        var city = region(own).filter(r -> r.level() == RegionLevel.COUNTY).map(RegionRow::parentCode).orElse(own);
        return prefectures.stream().filter(p -> p.code().equals(city)).toList();
    }

    /** The counties of a prefecture this user may choose: all of them, or only their own county. */
    List<RegionRow> countiesInScope(String prefectureCode) {
        return regions.values().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && prefectureCode.equals(r.parentCode()))
                .filter(r -> scope.coversRegion(r.code()))
                .sorted(java.util.Comparator.comparing(RegionRow::code))
                .toList();
    }

    /** Whether the user's scope is one county (then there is nothing to choose or drill into). */
    boolean scopedToCounty() {
        return region(scope.regionCode()).map(r -> r.level() == RegionLevel.COUNTY).orElse(false);
    }

    String categoryName(String code, Locale locale) {
        return code == null ? "" : Optional.ofNullable(categories.get(code)).map(c -> c.name(locale)).orElse(code);
    }

    String channelName(String code, Locale locale) {
        return code == null ? "" : Optional.ofNullable(channels.get(code)).map(c -> c.name(locale)).orElse(code);
    }

    String departmentName(String code, Locale locale) {
        return code == null ? "" : Optional.ofNullable(departments.get(code)).map(d -> d.name(locale)).orElse(code);
    }
}
