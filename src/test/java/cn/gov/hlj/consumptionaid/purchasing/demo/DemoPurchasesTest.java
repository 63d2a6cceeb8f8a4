package cn.gov.hlj.consumptionaid.purchasing.demo;

import cn.gov.hlj.consumptionaid.catalog.ProductRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPurchasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<ProductRef> PRODUCTS = List.of(
            new ProductRef(1, "HLJ-2026-230129-0001", "延寿富硒大米", "RICE", "230129", 11),
            new ProductRef(2, "HLJ-2026-230124-0001", "方正黑木耳", "EDIBLE_FUNGI", "230124", 12));

    private static List<DemoPurchases.Order> orders(int budgetUnits) {
        var buyers = new java.util.ArrayList<DemoPurchases.Buyer>();
        for (int i = 0; i < budgetUnits; i++) {
            buyers.add(new DemoPurchases.Buyer(i, "BUDGET_UNIT",
                    Map.of(2025, new BigDecimal("240000.00"), 2026, new BigDecimal("300000.00"))));
        }
        buyers.add(new DemoPurchases.Buyer(budgetUnits, "SOE", Map.of()));
        return DemoPurchases.orders(buyers, PRODUCTS, TODAY, new Random(7));
    }

    @Test
    void orders_run_from_january_of_last_year_to_today_with_unique_numbers() {
        var orders = orders(200);
        assertThat(orders).allSatisfy(o -> assertThat(o.date()).isBetween(LocalDate.of(2025, 1, 1), TODAY));
        assertThat(orders.stream().map(DemoPurchases.Order::orderNo).collect(Collectors.toSet()))
                .hasSize(orders.size());
        assertThat(orders).allSatisfy(o -> assertThat(o.amount()).isPositive().isLessThan(new BigDecimal("5000000")));
        assertThat(orders).allSatisfy(o -> assertThat(o.amount().scale()).isEqualTo(2));
    }

    @Test
    void budget_units_buy_about_what_they_reserved_and_only_enterprises_donate() {
        var orders = orders(400);
        var spent2025 = orders.stream().filter(o -> o.date().getYear() == 2025 && o.purchaserId() < 400)
                .map(DemoPurchases.Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var reserved2025 = new BigDecimal("240000").multiply(BigDecimal.valueOf(400));
        // pace 0.3–1.3 for 92 % of the units: on average about 0.74 of the reserved amount
        assertThat(spent2025.doubleValue() / reserved2025.doubleValue()).isBetween(0.55, 0.95);
        assertThat(orders).filteredOn(o -> o.purchaserId() < 400)
                .noneMatch(DemoPurchases.Order::donation).noneMatch(DemoPurchases.Order::consignment);
        assertThat(orders).filteredOn(o -> o.purchaserId() == 400).anyMatch(DemoPurchases.Order::donation);
        var buyersIn2026 = orders.stream().filter(o -> o.date().getYear() == 2026)
                .map(DemoPurchases.Order::purchaserId).collect(Collectors.toCollection(HashSet::new));
        assertThat(buyersIn2026.size()).as("some units bought nothing").isBetween(340, 395);
    }

    @Test
    void most_orders_are_completed_and_the_recent_ones_are_often_still_open() {
        var orders = orders(300);
        var old = orders.stream().filter(o -> o.date().isBefore(TODAY.minusDays(30))).toList();
        var recent = orders.stream().filter(o -> o.date().isAfter(TODAY.minusDays(19))).toList();
        assertThat(old.stream().filter(o -> o.status().equals("COMPLETED")).count())
                .isGreaterThan(old.size() * 9L / 10);
        assertThat(recent.stream().filter(o -> o.status().equals("COMPLETED")).count())
                .isLessThan(recent.size() * 6L / 10);
    }
}
