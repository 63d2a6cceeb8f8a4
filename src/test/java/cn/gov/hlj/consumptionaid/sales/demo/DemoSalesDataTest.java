package cn.gov.hlj.consumptionaid.sales.demo;

import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
import cn.gov.hlj.consumptionaid.sales.Provinces;
import cn.gov.hlj.consumptionaid.sales.SalesImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo generator, run directly (the test profile disables demo data at start-up). */
class DemoSalesDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    private static List<RegionRow> regions;
    private static List<DemoSalesData.Channel> channels;
    private static Set<String> categories;
    private static List<DemoSalesData.Product> products;

    private static List<String[]> csv(String name) throws IOException {
        try (var in = DemoSalesDataTest.class.getResourceAsStream("/refdata/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", -1)).toList();
        }
    }

    /** 2,000 products of 500 entities in the 28 poverty counties, as the catalog's demo data makes them. */
    @BeforeAll
    static void referenceDataAndProducts() throws IOException {
        regions = csv("regions.csv").stream().map(f -> new RegionRow(f[0], f[1].isEmpty() ? null : f[1],
                RegionLevel.valueOf(f[2].toUpperCase()), f[3], f[4], Boolean.parseBoolean(f[5]),
                Boolean.parseBoolean(f[6]))).toList();
        channels = csv("channels.csv").stream()
                .map(f -> new DemoSalesData.Channel(f[0], ChannelKind.valueOf(f[f.length - 1].toUpperCase())))
                .toList();
        categories = csv("categories.csv").stream().map(f -> f[0]).collect(Collectors.toSet());
        var poverty = regions.stream().filter(RegionRow::povertyCounty).map(RegionRow::code).toList();
        var categoryList = categories.stream().sorted().toList();
        var random = new Random(7);
        products = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            products.add(new DemoSalesData.Product(i + 1, i % 500 + 1, "产品" + i,
                    categoryList.get(random.nextInt(categoryList.size())), poverty.get(i % 500 % poverty.size())));
        }
    }

    private static List<DemoSalesData.Sale> sales() {
        var exhibitions = DemoSalesData.exhibitions(FROM.getYear(), TODAY);
        var festivals = Map.of(2025, LocalDate.of(2025, 1, 28), 2026, LocalDate.of(2026, 2, 15));
        return DemoSalesData.sales(products, channels, exhibitions, festivals, FROM, TODAY, new Random(20250101L));
    }

    @Test
    void about_sixty_thousand_sales_with_valid_channels_regions_and_categories() {
        var sales = sales();
        assertThat(sales).hasSizeBetween(55_000, 65_000);
        var channelCodes = channels.stream().map(DemoSalesData.Channel::code).collect(Collectors.toSet());
        var regionCodes = regions.stream().map(RegionRow::code).collect(Collectors.toSet());
        assertThat(sales).allSatisfy(sale -> {
            assertThat(channelCodes).contains(sale.channel());
            assertThat(regionCodes).contains(sale.product().county());
            assertThat(categories).contains(sale.product().category());
            assertThat(sale.date()).isBetween(FROM, TODAY);
            assertThat(sale.amount().signum()).isPositive();
            assertThat(sale.amount().scale()).isEqualTo(2);
            assertThat(sale.amount()).isLessThan(SalesImport.MAX_AMOUNT);
            assertThat(sale.quantity().signum()).isPositive();
            assertThat(sale.recordNo().length()).isLessThanOrEqualTo(64);
            assertThat(sale.unit().length()).isLessThanOrEqualTo(10);
            if (sale.buyerProvince() != null) {
                assertThat(Provinces.name(sale.buyerProvince())).isPresent();
            }
        });
        assertThat(sales.stream().map(DemoSalesData.Sale::channel).collect(Collectors.toSet()))
                .as("all 15 channels sell").hasSize(15);
        assertThat(sales.stream().map(s -> s.channel() + "/" + s.recordNo()).collect(Collectors.toSet()))
                .as("natural keys are unique").hasSize(sales.size());
    }

    @Test
    void sales_peak_before_the_spring_festival_and_at_harvest_time() {
        var byMonth = sales().stream().filter(s -> s.date().getYear() == 2025)
                .collect(Collectors.groupingBy(s -> s.date().getMonth(), Collectors.reducing(BigDecimal.ZERO,
                        DemoSalesData.Sale::amount, BigDecimal::add)));
        assertThat(byMonth.get(Month.JANUARY)).isGreaterThan(byMonth.get(Month.APRIL).multiply(BigDecimal.valueOf(2)));
        assertThat(byMonth.get(Month.OCTOBER)).isGreaterThan(byMonth.get(Month.JULY).multiply(BigDecimal.valueOf(1.5)));
    }

    @Test
    void exhibition_channels_sell_only_on_their_days_and_the_guangdong_hall_to_guangdong() {
        var exhibitions = DemoSalesData.exhibitions(FROM.getYear(), TODAY);
        assertThat(exhibitions).hasSize(6);
        assertThat(sales()).filteredOn(s -> s.channel().equals("GREEN_FOOD_EXPO")).isNotEmpty()
                .allSatisfy(s -> assertThat(exhibitions).anySatisfy(e -> {
                    assertThat(e.channel()).isEqualTo("GREEN_FOOD_EXPO");
                    assertThat(s.date()).isBetween(e.startsOn(), e.endsOn());
                }));
        assertThat(sales()).filteredOn(s -> s.channel().equals("GD_EW_MARKET_HLJ_HALL"))
                .allSatisfy(s -> assertThat(s.buyerProvince()).isEqualTo("440000"));
        assertThat(DemoSalesData.exhibitions(2026, LocalDate.of(2026, 7, 1))).as("only exhibitions that have begun")
                .extracting(DemoSalesData.Exhibition::channel).containsExactly("HARBIN_TRADE_FAIR");
    }

    @Test
    void deals_fall_within_their_exhibitions_and_outlets_are_about_forty_with_catalog_products() {
        var exhibitions = DemoSalesData.exhibitions(FROM.getYear(), TODAY);
        var deals = DemoSalesData.deals(exhibitions, products, new Random(1));
        assertThat(deals).hasSizeBetween(6 * 15, 6 * 30);
        assertThat(deals).allSatisfy(deal -> {
            var exhibition = exhibitions.get(deal.exhibition());
            assertThat(deal.signedOn()).isBetween(exhibition.startsOn(), exhibition.endsOn());
            assertThat(deal.amount()).isBetween(new BigDecimal("500000.00"), new BigDecimal("30000000.00"));
        });

        var prefectures = regions.stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();
        var outlets = DemoSalesData.outlets(products, prefectures, TODAY, new Random(1));
        assertThat(outlets).hasSizeBetween(35, 45);
        var ids = products.stream().map(DemoSalesData.Product::id).collect(Collectors.toSet());
        var names = new HashSet<String>();
        assertThat(outlets).allSatisfy(outlet -> {
            assertThat(names.add(outlet.region() + outlet.name())).as("unique within a region").isTrue();
            assertThat(outlet.productIds()).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id));
            if (outlet.status() == OutletStatus.CLOSED) {
                assertThat(outlet.closedOn()).isBetween(outlet.openedOn(), TODAY);
            } else {
                assertThat(outlet.closedOn()).isNull();
            }
        });
        assertThat(outlets).extracting(DemoSalesData.Outlet::status)
                .contains(OutletStatus.OPEN, OutletStatus.CLOSED, OutletStatus.SUSPENDED, OutletStatus.PLANNED);
    }
}
