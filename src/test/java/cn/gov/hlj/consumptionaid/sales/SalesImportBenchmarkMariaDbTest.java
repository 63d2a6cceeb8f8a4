package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a timed test: imports a generated 100,000-row sales export (.xlsx) into MariaDB and prints how long the preview
 * and the commit took. Runs only on request:
 * {@code ./mvnw -q -B -o verify -Pit-mysql -Dtest=SalesImportBenchmarkMariaDbTest -Dsales.benchmark=true}.
 */
@IntegrationTest
@Tag("mysql")
@ActiveProfiles({"embedded", "test", "mysql"})
@EnabledIfSystemProperty(named = "sales.benchmark", matches = "true")
class SalesImportBenchmarkMariaDbTest {

    private static final int ROWS = 100_000;

    @Autowired
    SalesImport imports;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
    }

    @Test
    @WithUserDetails("commerce")
    void imports_a_hundred_thousand_rows() throws IOException {
        long started = System.nanoTime();
        var file = export();
        long generated = System.nanoTime();
        var preview = imports.preview("10万行.xlsx", file);
        long previewed = System.nanoTime();
        var result = imports.commit("10万行.xlsx", file);
        long committed = System.nanoTime();

        assertThat(preview.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sale WHERE import_batch_id = ?", Long.class,
                result.batch().id())).isEqualTo(ROWS);
        System.out.printf("sales import benchmark (MariaDB): %,d rows, file %,d bytes, generated in %d ms, "
                        + "preview %d ms, commit (analysis again + insert) %d ms, %,.0f rows/s for the commit%n", ROWS,
                file.length, ms(started, generated), ms(generated, previewed), ms(previewed, committed),
                ROWS * 1e9 / (committed - previewed));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static byte[] export() throws IOException {
        var channels = new String[] {"消费扶贫专柜", "消费扶贫专区", "消费扶贫专馆", "哈洽会"};
        var counties = new String[] {"230129", "230124", "230221", "230224", "230126"};
        try (var workbook = new SXSSFWorkbook(500); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("销售");
            var header = sheet.createRow(0);
            var titles = new String[] {"渠道", "流水号", "销售日期", "产品名称", "品类", "地区代码", "购买方类型", "购买方省份",
                    "数量", "单位", "金额（元）"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            var start = LocalDate.of(2025, 1, 1);
            for (int i = 1; i <= ROWS; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(channels[i % channels.length]);
                row.createCell(1).setCellValue("BENCH-" + i);
                row.createCell(2).setCellValue(start.plusDays(i % 300).toString());
                row.createCell(3).setCellValue("延寿大米 5kg/袋");
                row.createCell(4).setCellValue("大米");
                row.createCell(5).setCellValue(counties[i % counties.length]);
                row.createCell(6).setCellValue("个人");
                row.createCell(7).setCellValue(i % 10 == 0 ? "广东省" : "黑龙江省");
                row.createCell(8).setCellValue(1 + i % 5);
                row.createCell(9).setCellValue("袋");
                row.createCell(10).setCellValue((6800 + i % 500) / 100.0);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
