package cn.gov.hlj.consumptionaid.shared.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridExcelExportTest {

    record Purchase(String unit, String county, BigDecimal amount, LocalDate date, Integer orders) {
    }

    private final List<Purchase> purchases = List.of(
            new Purchase("省财政厅机关食堂", "延寿县", new BigDecimal("12345.60"), LocalDate.of(2026, 3, 1), 3),
            new Purchase("哈尔滨工业大学", "巴彦县", new BigDecimal("800.00"), LocalDate.of(2026, 4, 2), 1),
            new Purchase("=HYPERLINK(\"http://x\")", "木兰县", new BigDecimal("5.00"), LocalDate.of(2026, 5, 3), 7));

    private Grid<Purchase> grid;
    private GridExcelExport<Purchase> export;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        grid = new Grid<>();
        export = GridExcelExport.of(grid);
        export.addColumn(Purchase::unit).setHeader("预算单位").setKey("unit");
        export.addColumn(Purchase::county).setHeader("县").setKey("county");
        export.addColumn(Purchase::amount).setHeader("金额（元）").setKey("amount");
        export.addColumn(Purchase::date).setHeader("日期").setKey("date");
        export.addColumn(Purchase::orders).setHeader("订单数").setKey("orders");
        grid.setItems(new ListDataProvider<>(purchases));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void exports_the_visible_columns_with_their_chinese_headers_in_their_current_order() throws IOException {
        grid.getColumnByKey("orders").setVisible(false);
        grid.setColumnOrder(grid.getColumnByKey("county"), grid.getColumnByKey("unit"),
                grid.getColumnByKey("amount"), grid.getColumnByKey("date"), grid.getColumnByKey("orders"));

        try (var workbook = read(export.toXlsx("采购明细"))) {
            var sheet = workbook.getSheet("采购明细");
            var header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 4);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("县", "预算单位", "金额（元）", "日期");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("延寿县");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12345.60);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        }
    }

    @Test
    void exports_every_row_of_the_current_filter_and_sort_order() throws IOException {
        var provider = (ListDataProvider<Purchase>) grid.getDataProvider();
        provider.setFilter(p -> p.amount().compareTo(new BigDecimal("100")) > 0);
        provider.setSortOrder(Purchase::amount, com.vaadin.flow.data.provider.SortDirection.ASCENDING);

        try (var workbook = read(export.toXlsx("filtered"))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("哈尔滨工业大学");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("省财政厅机关食堂");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void text_that_looks_like_a_formula_stays_text() throws IOException {
        try (var workbook = read(export.toXlsx("safe"))) {
            var cell = workbook.getSheetAt(0).getRow(3).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void a_column_added_without_its_value_is_left_out_and_a_bad_sheet_name_is_cleaned() throws IOException {
        grid.addColumn(p -> "not exported").setHeader("备注");
        try (var workbook = read(export.toXlsx("a/b:c"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("a_b_c");
            assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) 5);
        }
    }
}
