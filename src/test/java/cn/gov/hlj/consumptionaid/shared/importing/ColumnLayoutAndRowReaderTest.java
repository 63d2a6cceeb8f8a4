package cn.gov.hlj.consumptionaid.shared.importing;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnLayoutAndRowReaderTest {

    static final ColumnSpec ORDER = ColumnSpec.required("order", "订单编号", "832-0001", "订单号", "订单 ID");
    static final ColumnSpec AMOUNT = ColumnSpec.required("amount", "金额（元）", "1234.50", "订单金额", "金额");
    static final ColumnSpec DATE = ColumnSpec.required("date", "下单日期", "2026-03-01", "日期");
    static final ColumnSpec COUNTY = ColumnSpec.optional("county", "县区代码", "230129");
    static final ColumnSpec PEOPLE = ColumnSpec.optional("people", "带贫人数", "35");
    static final List<ColumnSpec> SPECS = List.of(ORDER, AMOUNT, DATE, COUNTY, PEOPLE);
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static SourceRow row(int number, String... cells) {
        return new SourceRow(number, List.of(cells));
    }

    @Test
    void columns_are_found_by_header_or_alias_in_any_order_ignoring_spaces_and_bracket_width() {
        var layout = ColumnLayout.match(SPECS, row(1, "日期", "备注", "订单号", "金额(元)", "县区 代码"));
        var data = row(2, "2026-03-01", "午餐", "832-1", "88", "230129");
        assertThat(layout.value(data, "order")).isEqualTo("832-1");
        assertThat(layout.value(data, "amount")).isEqualTo("88");
        assertThat(layout.value(data, "date")).isEqualTo("2026-03-01");
        assertThat(layout.value(data, "county")).isEqualTo("230129");
        assertThat(layout.has("people")).isFalse();
        assertThat(layout.value(data, "people")).isEmpty();
        assertThat(layout.ignoredHeaders()).containsExactly("备注");
    }

    @Test
    void a_missing_required_column_or_a_column_given_twice_refuses_the_file() {
        assertThatThrownBy(() -> ColumnLayout.match(SPECS, row(1, "订单号", "采购单位")))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("shared.import.error.missing-columns");
                    assertThat(e.getArguments()).containsExactly("金额（元）、下单日期");
                });
        assertThatThrownBy(() -> ColumnLayout.match(SPECS, row(1, "订单号", "订单编号", "金额", "日期")))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.duplicate-column"));
    }

    @Test
    void good_cells_are_typed_and_leave_the_row_without_problems() {
        var layout = ColumnLayout.match(SPECS, row(1, "订单号", "金额", "日期", "带贫人数"));
        var problems = new ArrayList<ImportProblem>();
        var reader = new RowReader(layout, row(2, "832-1", "¥1,234.5", "2026年3月1日", "35"), problems);
        assertThat(reader.text(ORDER, 40)).isEqualTo("832-1");
        var amount = reader.amount(AMOUNT);
        assertThat(amount).isEqualByComparingTo("1234.50");
        assertThat(amount.scale()).isEqualTo(2);
        assertThat(reader.date(DATE, FROM, TO)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(reader.count(PEOPLE, 100_000)).isEqualTo(35);
        assertThat(reader.ok()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void every_bad_cell_of_a_row_is_reported_with_its_row_column_value_and_reason() {
        var layout = ColumnLayout.match(SPECS, row(1, "订单号", "金额", "日期", "带贫人数", "县区代码"));
        var problems = new ArrayList<ImportProblem>();
        var reader = new RowReader(layout, row(7, "", "-5", "2026-02-30", "3.5", "999999"), problems);
        assertThat(reader.text(ORDER, 40)).isNull();
        assertThat(reader.amount(AMOUNT)).isNull();
        assertThat(reader.date(DATE, FROM, TO)).isNull();
        assertThat(reader.count(PEOPLE, 100_000)).isNull();
        Map<String, String> counties = Map.of("230129", "延寿县");
        String county = reader.lookup(COUNTY, code -> Optional.ofNullable(counties.get(code)), "test.unknown-county");
        assertThat(county).isNull();
        assertThat(reader.ok()).isFalse();
        assertThat(problems).containsExactly(
                new ImportProblem(7, "订单号", null, "shared.import.problem.required"),
                new ImportProblem(7, "金额", "-5", "shared.import.problem.negative"),
                new ImportProblem(7, "日期", "2026-02-30", "shared.import.problem.not-a-date"),
                new ImportProblem(7, "带贫人数", "3.5", "shared.import.problem.not-a-count", 100_000),
                new ImportProblem(7, "县区代码", "999999", "test.unknown-county"));
    }

    @Test
    void amounts_that_are_absurd_too_precise_or_not_numbers_are_problems() {
        var layout = ColumnLayout.match(SPECS, row(1, "订单号", "金额", "日期"));
        for (var bad : Map.of("20000000000", "shared.import.problem.absurd-amount",
                "12.345", "shared.import.problem.too-many-decimals",
                "十二元", "shared.import.problem.not-a-number").entrySet()) {
            var problems = new ArrayList<ImportProblem>();
            new RowReader(layout, row(2, "1", bad.getKey(), "2026-01-01"), problems).amount(AMOUNT);
            assertThat(problems).extracting(ImportProblem::messageKey).containsExactly(bad.getValue());
        }
    }

    @Test
    void dates_are_read_in_the_ways_chinese_spreadsheets_write_them_and_checked_against_the_period() {
        assertThat(RowReader.parseDate("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("2026/3/1")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("2026.03.01")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("2026年3月1日")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("20260301")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("2026-03-01 14:30:00")).contains(LocalDate.of(2026, 3, 1));
        assertThat(RowReader.parseDate("3/1/26")).isEmpty();
        assertThat(RowReader.parseDate("2026-13-01")).isEmpty();

        var layout = ColumnLayout.match(SPECS, row(1, "订单号", "金额", "日期"));
        var problems = new ArrayList<ImportProblem>();
        new RowReader(layout, row(2, "1", "1", "2019-12-31"), problems).date(DATE, FROM, TO);
        assertThat(problems).extracting(ImportProblem::messageKey)
                .containsExactly("shared.import.problem.date-out-of-range");
    }

    @Test
    void the_template_has_the_headers_an_example_and_a_help_sheet() throws IOException {
        var bytes = ImportWorkbooks.template("采购订单", SPECS, (key, args) -> key);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var data = workbook.getSheet("采购订单");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单编号");
            assertThat(data.getRow(0).getCell(4).getStringCellValue()).isEqualTo("带贫人数");
            assertThat(data.getRow(1).getCell(3).getStringCellValue()).isEqualTo("230129");
            var help = workbook.getSheetAt(1);
            assertThat(help.getRow(1).getCell(2).getStringCellValue()).isEqualTo("订单号、订单 ID");
        }
        // the template reads back through the importer with every column recognised
        var collected = new ArrayList<SourceRow>();
        var header = new SourceRow[1];
        TabularReader.read("template.xlsx", bytes, ImportLimits.DEFAULT, new TabularReader.RowConsumer() {
            @Override
            public void header(SourceRow row) {
                header[0] = row;
            }

            @Override
            public void row(SourceRow row) {
                collected.add(row);
            }
        });
        var layout = ColumnLayout.match(SPECS, header[0]);
        assertThat(layout.ignoredHeaders()).isEmpty();
        assertThat(layout.value(collected.getFirst(), "amount")).isEqualTo("1234.50");
    }

    @Test
    void the_problem_report_lists_each_problem_in_words_and_keeps_formula_like_values_as_text() throws IOException {
        var problems = List.of(new ImportProblem(3, "金额", "-5", "shared.import.problem.negative"),
                new ImportProblem(4, "备注", "=cmd|' /C calc'!A0", "shared.import.problem.too-long", 200));
        var bytes = ImportWorkbooks.problemReport(problems,
                (key, args) -> key.endsWith("negative") ? "不能为负数" : key + (args.length > 0 ? args[0] : ""));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("不能为负数");
            var formulaLike = sheet.getRow(2).getCell(2);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        }
    }
}
