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

    /**
     * A rollup table and its dimension columns (the month or day column first). {@code flagSums}: 以购代捐 and 代销 are
     * summed into donation_amount and consignment_amount instead of being key columns.
     */
    public record Cube(String table, List<String> columns, boolean flagSums) {

        public boolean has(Set<String> needed) {
            return columns.containsAll(needed);
        }
    }

    private static final List<String> SEGMENT = List.of("purchaser_type", "budget_unit_kind", "school_type");

    private static final List<String> FLAGS = List.of("donation", "consignment", "union_purchase");

    public static final Cube PURCHASE_DAY = new Cube("rollup_purchase_day", List.of("on_day", "region_code",
            "city_code", "purchaser_type", "budget_unit_kind", "school_type", "supervising_department_code",
            "category_code", "channel_code", "donation", "consignment", "union_purchase"), false);

    public static final Cube PURCHASE_MONTH = new Cube("rollup_purchase_month", List.of("month_key", "region_code",
            "city_code", "purchaser_type", "budget_unit_kind", "school_type", "supervising_department_code",
            "category_code", "channel_code", "donation", "consignment", "union_purchase"), false);

    /** Smallest first; the last is the full monthly table. */
    public static final List<Cube> PURCHASE_MONTHS = List.of(
            purchases("rollup_purchase_city_month", "city_code"),
            purchases("rollup_purchase_category_month", "category_code"),
            purchases("rollup_purchase_county_month", "region_code", "city_code"),
            purchases("rollup_purchase_channel_month", "channel_code", "city_code"),
            purchases("rollup_purchase_department_month", "supervising_department_code", "city_code"),
            purchases("rollup_purchase_county_channel_month", "region_code", "city_code", "channel_code"),
            PURCHASE_MONTH);

    public static final Cube SALE_DAY = new Cube("rollup_sale_day", List.of("on_day", "region_code", "city_code",
            "category_code", "channel_code", "channel_kind", "buyer_type", "buyer_province_code"), false);

    public static final Cube SALE_MONTH = new Cube("rollup_sale_month", List.of("month_key", "region_code",
            "city_code", "category_code", "channel_code", "channel_kind", "buyer_type", "buyer_province_code"), false);

    public static final List<Cube> SALE_MONTHS = List.of(
            sales("rollup_sale_city_month", "city_code"),
            sales("rollup_sale_category_month", "category_code"),
            sales("rollup_sale_province_month", "buyer_province_code", "city_code"),
            sales("rollup_sale_province_category_month", "buyer_province_code", "category_code"),
            sales("rollup_sale_county_month", "region_code", "city_code"),
            sales("rollup_sale_province_county_month", "buyer_province_code", "region_code", "city_code"),
            sales("rollup_sale_province_county_category_month", "buyer_province_code", "region_code", "city_code",
                    "category_code"),
            SALE_MONTH);

    private static Cube purchases(String table, String... columns) {
        var all = new java.util.ArrayList<String>();
        all.add("month_key");
        all.addAll(List.of(columns));
        all.addAll(SEGMENT);
        return new Cube(table, List.copyOf(all), true);
    }

    private static Cube sales(String table, String... columns) {
        var all = new java.util.ArrayList<String>();
        all.add("month_key");
        all.addAll(List.of(columns));
        all.addAll(List.of("channel_kind", "channel_code"));
        return new Cube(table, List.copyOf(all), false);
    }

    /** Whether a column is a flag (以购代捐, 代销, 工会代购), which the narrow purchase cubes sum instead of keeping. */
    public static boolean isFlag(String column) {
        return FLAGS.contains(column);
    }

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
