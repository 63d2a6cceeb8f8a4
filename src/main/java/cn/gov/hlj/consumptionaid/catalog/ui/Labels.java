package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import org.springframework.data.domain.Pageable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names of regions and categories for one view, read once (135 regions, 17 categories). */
final class Labels {

    private final Map<String, RegionRow> regions;
    private final Map<String, CategoryRow> categories;
    private final Locale locale;

    Labels(ReferenceService reference, Locale locale) {
        this.regions = reference.findRegions(RegionFilter.ALL, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(RegionRow::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.categories = reference.categories().stream()
                .collect(Collectors.toMap(CategoryRow::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.locale = locale;
    }

    String region(String code) {
        var region = code == null ? null : regions.get(code);
        return region == null ? String.valueOf(code) : region.name(locale);
    }

    /** 省市县: the province, the prefecture and the county, e.g. 黑龙江省 哈尔滨市 延寿县. */
    String regionPath(String countyCode) {
        var county = regions.get(countyCode);
        if (county == null) {
            return String.valueOf(countyCode);
        }
        var prefecture = regions.get(county.parentCode());
        var province = prefecture == null ? null : regions.get(prefecture.parentCode());
        return String.join(" ", province == null ? "" : province.name(locale),
                prefecture == null ? "" : prefecture.name(locale), county.name(locale)).strip();
    }

    String category(String code) {
        var category = code == null ? null : categories.get(code);
        return category == null ? String.valueOf(code) : category.name(locale);
    }

    List<CategoryRow> categories() {
        return List.copyOf(categories.values());
    }

    /** Prefectures and counties inside a region prefix (the user's scope), for region filters. */
    List<RegionRow> regionsWithin(String prefix) {
        return regions.values().stream()
                .filter(r -> r.code().startsWith(prefix) && r.parentCode() != null)
                .toList();
    }

    /** The counties inside a region prefix. */
    List<RegionRow> countiesWithin(String prefix) {
        return regions.values().stream()
                .filter(r -> r.code().startsWith(prefix) && r.level() == RegionLevel.COUNTY)
                .toList();
    }
}
