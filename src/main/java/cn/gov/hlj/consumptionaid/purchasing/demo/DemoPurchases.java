package cn.gov.hlj.consumptionaid.purchasing.demo;

import cn.gov.hlj.consumptionaid.catalog.ProductRef;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The orders of the demo purchasers, month by month from January of last year to today: a budget unit buys about what
 * it reserved, spread over the months, more before the Spring Festival and in the autumn harvest, each unit with its
 * own pace (some far behind, a few ahead, some not at all); SOEs and private firms buy in larger lots, partly as
 * 以购代捐 or 代销. Most orders are completed (accepted and paid); the latest ones are often still open.
 */
final class DemoPurchases {

    /** A purchaser that buys: its id, type, and the amount it reserved per year (budget units). */
    record Buyer(long id, String type, Map<Integer, BigDecimal> reservedByYear) {
    }

    record Order(String orderNo, LocalDate date, long purchaserId, ProductRef product, BigDecimal quantity,
                 BigDecimal amount, String status, boolean donation, boolean consignment, boolean unionPurchase) {
    }

    /** Month weights: Spring Festival purchases in January and February, the harvest in September to November. */
    private static final double[] SEASON = {1.5, 1.3, 0.8, 0.7, 0.7, 0.8, 0.8, 0.9, 1.2, 1.3, 1.2, 1.0};
    private static final double SEASON_TOTAL = java.util.Arrays.stream(SEASON).sum();

    private DemoPurchases() {
    }

    static List<Order> orders(List<Buyer> buyers, List<ProductRef> products, LocalDate today, Random random) {
        var orders = new ArrayList<Order>();
        int sequence = 0;
        for (var buyer : buyers) {
            // Each buyer's pace: 8 % buy nothing, the others 30–130 % of what they reserved.
            double pace = random.nextInt(100) < 8 ? 0 : 0.3 + random.nextDouble();
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                var yearly = yearlyAmount(buyer, year, random);
                for (int month = 1; month <= 12; month++) {
                    var first = LocalDate.of(year, month, 1);
                    if (first.isAfter(today) || pace == 0 || yearly.signum() == 0) {
                        continue;
                    }
                    double share = yearly.doubleValue() * pace * SEASON[month - 1] / SEASON_TOTAL;
                    int lots = random.nextInt(100) < 10 ? 2 : 1;
                    for (int lot = 0; lot < lots; lot++) {
                        var lastDay = year == today.getYear() && month == today.getMonthValue() ? today.getDayOfMonth()
                                : first.lengthOfMonth();
                        var date = first.withDayOfMonth(1 + random.nextInt(lastDay));
                        var product = products.get(random.nextInt(products.size()));
                        var amount = BigDecimal.valueOf(share / lots * (0.7 + 0.6 * random.nextDouble()))
                                .setScale(2, RoundingMode.HALF_UP).min(new BigDecimal("4900000"));
                        if (amount.compareTo(BigDecimal.ONE) < 0) {
                            continue;
                        }
                        var quantity = BigDecimal.valueOf(Math.max(1, amount.doubleValue() / 80))
                                .setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
                        long age = today.toEpochDay() - date.toEpochDay();
                        boolean enterprise = buyer.type().equals("SOE") || buyer.type().equals("PRIVATE_ENTERPRISE");
                        orders.add(new Order("832%s%07d".formatted(date.toString().replace("-", ""), ++sequence),
                                date, buyer.id(), product, quantity, amount, status(age, random),
                                enterprise && random.nextInt(100) < 30, enterprise && random.nextInt(100) < 15,
                                buyer.type().equals("BUDGET_UNIT") && random.nextInt(100) < 5));
                    }
                }
            }
        }
        return orders;
    }

    /** What a buyer spends in a year before its pace: budget units their reserved share, enterprises a lump sum. */
    private static BigDecimal yearlyAmount(Buyer buyer, int year, Random random) {
        return switch (buyer.type()) {
            case "BUDGET_UNIT" -> buyer.reservedByYear().getOrDefault(year, BigDecimal.ZERO);
            case "SOE" -> BigDecimal.valueOf(500_000 + random.nextInt(4_500_000));
            default -> BigDecimal.valueOf(50_000 + random.nextInt(450_000));
        };
    }

    private static String status(long ageInDays, Random random) {
        int draw = random.nextInt(100);
        if (ageInDays < 20) {
            return draw < 40 ? "COMPLETED" : draw < 70 ? "ACCEPTED" : draw < 97 ? "PLACED" : "CANCELLED";
        }
        return draw < 94 ? "COMPLETED" : draw < 96 ? "ACCEPTED" : draw < 98 ? "CANCELLED" : "REFUNDED";
    }
}
