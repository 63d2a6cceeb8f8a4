package cn.gov.hlj.consumptionaid.sales.demo;

import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.sales.SalesTestData;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data written to the database, whose foreign keys check every channel, region, category and product:
 * run directly inside a transaction that is rolled back (the test profile disables demo data at start-up).
 */
@IntegrationTest
class DemoSalesDataWriteTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReferenceService reference;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void the_generator_writes_sales_outlets_exhibitions_and_deals_that_the_schema_accepts() {
        assertThat(context.getBeanNamesForType(DemoSalesData.class)).as("not at start-up in tests").isEmpty();
        var demo = new DemoSalesData(jdbc, transaction, reference, holder, clock);
        transaction.executeWithoutResult(status -> {
            var products = new ArrayList<DemoSalesData.Product>();
            for (var county : new String[] {"230129", "230221", "230224", "230126"}) {
                var product = SalesTestData.catalogProduct(jdbc, county, "演示产品", "RICE");
                products.add(new DemoSalesData.Product(product.id(), product.producerId(), product.productName(),
                        product.categoryCode(), product.countyCode()));
            }
            // Demo outlets and exhibitions join only empty tables (other tests of this context recorded some).
            for (var table : new String[] {"sales_outlet_product", "sales_outlet", "sales_exhibition_deal",
                    "sales_exhibition"}) {
                jdbc.update("DELETE FROM " + table);
            }
            long salesBefore = count("sale");

            var created = demo.create(products);

            assertThat(count("sale") - salesBefore).isEqualTo(created.sales()).isBetween(55_000L, 65_000L);
            assertThat(count("sales_outlet")).isEqualTo(created.outlets()).isBetween(35L, 45L);
            assertThat(count("sales_exhibition")).isEqualTo(created.exhibitions()).isBetween(3L, 6L);
            assertThat(count("sales_exhibition_deal")).isEqualTo(created.deals()).isPositive();
            var ids = products.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(","));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sale WHERE product_id IN (" + ids + ") "
                    + "AND supplier_id IS NOT NULL AND import_batch_id IS NULL", Long.class))
                    .as("each with its product and supplier, and no batch").isEqualTo(created.sales());
            status.setRollbackOnly();
        });
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
