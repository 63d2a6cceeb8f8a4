package cn.gov.hlj.consumptionaid.metrics.rollup;

import java.util.List;
import java.util.Set;

/**
 * The monthly rollup tables of purchases and of sales, each with the dimension columns it keeps, smallest first. A
 * figure reads the first one that has every column it filters or groups on ({@link #choose}); the last one of each
 * list has every dimension and answers any figure. Counted purchases carry {@code amount} and {@code orders}, sales
 * {@code amount} and {@code records}.
 */
public final class Cubes {

    /** A rollup table and its dimension columns (the month or day column first). */
    public record Cube(String table, List<String> columns) {

        public boolean has(Set<String> needed) {
            return columns.containsAll(needed);
        }
    }

    private static final List<String> SEGMENT = List.of("purchaser_type", "budget_unit_kind", "school_type");

    public static final Cube PURCHASE_DAY = new Cube("rollup_purchase_day", List.of("on_day", "region_code",
            "city_code", "purchaser_type", "budget_unit_kind", "school_type", "supervising_department_code",
            "category_code", "channel_code", "donation", "consignment", "union_purchase"));

    public static final Cube PURCHASE_MONTH = new Cube("rollup_purchase_month", List.of("month_key", "region_code",
            "city_code", "purchaser_type", "budget_unit_kind", "school_type", "supervising_department_code",
            "category_code", "channel_code", "donation", "consignment", "union_purchase"));

    /** Smallest first; the last is the full monthly table. */
    public static final List<Cube> PURCHASE_MONTHS = List.of(
            new Cube("rollup_purchase_category_month", concat(List.of("month_key", "category_code"), SEGMENT,
                    List.of("channel_code", "donation", "consignment"))),
            new Cube("rollup_purchase_city_month", concat(List.of("month_key", "city_code"), SEGMENT,
                    List.of("channel_code", "donation", "consignment"))),
            new Cube("rollup_purchase_county_month", concat(List.of("month_key", "region_code", "city_code"), SEGMENT,
                    List.of("donation", "consignment"))),
            new Cube("rollup_purchase_department_month", concat(List.of("month_key", "city_code",
                    "supervising_department_code"), SEGMENT, List.of("donation", "consignment"))),
            PURCHASE_MONTH);

    public static final Cube SALE_DAY = new Cube("rollup_sale_day", List.of("on_day", "region_code", "city_code",
            "category_code", "channel_code", "channel_kind", "buyer_type", "buyer_province_code"));

    public static final Cube SALE_MONTH = new Cube("rollup_sale_month", List.of("month_key", "region_code",
            "city_code", "category_code", "channel_code", "channel_kind", "buyer_type", "buyer_province_code"));

    public static final List<Cube> SALE_MONTHS = List.of(
            new Cube("rollup_sale_city_month", List.of("month_key", "city_code", "channel_kind", "channel_code",
                    "buyer_province_code")),
            new Cube("rollup_sale_category_month", List.of("month_key", "category_code", "channel_kind",
                    "channel_code", "buyer_province_code")),
            new Cube("rollup_sale_county_month", List.of("month_key", "region_code", "city_code", "channel_kind",
                    "channel_code")),
            SALE_MONTH);

    private Cubes() {
    }

    /** The first cube that has every needed column. */
    public static Cube choose(List<Cube> cubes, Set<String> needed) {
        return cubes.stream().filter(cube -> cube.has(needed)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rollup has " + needed));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
