package cn.gov.hlj.consumptionaid.shared.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularReaderTest {

    private static final String CSV = "订单号,采购单位,金额（元）,下单日期\n"
            + "832-0001,黑龙江省财政厅机关食堂,\"1,234.50\",2026/3/1\n"
            + "\n"
            + "832-0002,哈尔滨工业大学,800,2026-04-02\n";

    private static final class Collected implements TabularReader.RowConsumer {
        SourceRow header;
        final List<SourceRow> rows = new ArrayList<>();

        @Override
        public void header(SourceRow header) {
            this.header = header;
        }

        @Override
        public void row(SourceRow row) {
            rows.add(row);
        }
    }

    private static Collected read(String name, byte[] content) {
        return read(name, content, ImportLimits.DEFAULT);
    }

    private static Collected read(String name, byte[] content, ImportLimits limits) {
        var collected = new Collected();
        TabularReader.read(name, content, limits, collected);
        return collected;
    }

    private static byte[] withBom(byte[] content) {
        var bytes = new byte[content.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(content, 0, bytes, 3, content.length);
        return bytes;
    }

    @Test
    void a_utf8_csv_with_or_without_bom_reads_the_same_and_skips_blank_lines() {
        for (var content : List.of(CSV.getBytes(StandardCharsets.UTF_8), withBom(CSV.getBytes(StandardCharsets.UTF_8)))) {
            var info = TabularReader.read("export.csv", content, ImportLimits.DEFAULT, new Collected());
            assertThat(info.format()).isEqualTo(TabularReader.Format.CSV);
            assertThat(info.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(info.dataRows()).isEqualTo(2);
            var collected = read("export.csv", content);
            assertThat(collected.header.cells()).containsExactly("订单号", "采购单位", "金额（元）", "下单日期");
            assertThat(collected.rows.get(0).cells()).containsExactly("832-0001", "黑龙江省财政厅机关食堂", "1,234.50",
                    "2026/3/1");
            assertThat(collected.rows.get(1).number()).as("the blank line still counts as a line").isEqualTo(4);
        }
    }

    @Test
    void a_csv_saved_by_chinese_excel_in_gbk_simply_works() {
        var info = TabularReader.read("导出.csv", CSV.getBytes(Charset.forName("GBK")), ImportLimits.DEFAULT,
                new Collected());
        assertThat(info.charset().name()).isEqualTo("GB18030");
        var collected = read("导出.csv", CSV.getBytes(Charset.forName("GBK")));
        assertThat(collected.rows.get(0).cell(1)).isEqualTo("黑龙江省财政厅机关食堂");
        assertThat(read("x.csv", CSV.getBytes(Charset.forName("GB18030"))).rows.get(1).cell(1))
                .isEqualTo("哈尔滨工业大学");
    }

    @Test
    void a_tab_separated_file_and_full_width_spaces_are_understood() {
        var collected = read("x.txt", "订单号\t金额\n\u3000832-9\u3000\t 12 \n".getBytes(StandardCharsets.UTF_8));
        assertThat(collected.header.cells()).containsExactly("订单号", "金额");
        assertThat(collected.rows.getFirst().cells()).containsExactly("832-9", "12");
    }

    static byte[] workbook(boolean withFormula) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("订单");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("下单日期");
            header.createCell(2).setCellValue("金额");
            header.createCell(3).setCellValue("备注");
            var row = sheet.createRow(2);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2026, 3, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat((short) 14);
            date.setCellStyle(style);
            var amount = row.createCell(2);
            amount.setCellValue(1234567.5);
            var grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            amount.setCellStyle(grouped);
            row.createCell(3).setCellValue("=HYPERLINK(\"http://evil\")");
            if (withFormula) {
                sheet.createRow(3).createCell(2).setCellFormula("C3*2");
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_xlsx_gives_plain_numbers_iso_dates_text_as_text_and_formula_results_not_formulas() throws IOException {
        var collected = read("订单.xlsx", workbook(true));
        assertThat(collected.header.cells()).containsExactly("下单日期", "", "金额", "备注");
        assertThat(collected.rows).hasSize(2);
        var row = collected.rows.getFirst();
        assertThat(row.number()).isEqualTo(3);
        assertThat(row.cell(0)).isEqualTo("2026-03-01");
        assertThat(row.cell(1)).isEmpty();
        assertThat(row.cell(2)).isEqualTo("1234567.5");
        assertThat(row.cell(3)).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(collected.rows.get(1).cell(2)).isEqualTo("2469135");
    }

    @Test
    void a_truncated_xlsx_is_refused_as_broken() throws IOException {
        var whole = workbook(false);
        assertThatThrownBy(() -> read("订单.xlsx", Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.xlsx-broken"));
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_unpacked() throws IOException {
        // A valid workbook whose sheet is padded with 60 MB of spaces: it compresses about a thousandfold.
        var bomb = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook(false)));
             var out = new ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                var bytes = in.readAllBytes();
                if (entry.getName().endsWith("sheet1.xml")) {
                    var xml = new String(bytes, StandardCharsets.UTF_8);
                    var split = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    var spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> read("bomb.xlsx", bomb.toByteArray()))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.zip-bomb"));
    }

    @Test
    void an_old_xls_an_empty_file_and_an_unknown_format_are_refused_with_their_reason() {
        var xls = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read("old.xls", xls)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.old-xls"));
        assertThatThrownBy(() -> read("empty.csv", new byte[0])).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.empty"));
        assertThatThrownBy(() -> read("blank.csv", "\n \n,,\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.empty"));
        assertThatThrownBy(() -> read("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.unknown-format"));
        assertThatThrownBy(() -> read("fake.xlsx", "订单号\n1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.xlsx-broken"));
    }

    @Test
    void files_over_the_limits_are_refused() {
        var small = new ImportLimits(40, 1 << 20, 1);
        assertThatThrownBy(() -> read("big.csv", CSV.getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.too-large"));
        var oneRow = new ImportLimits(1 << 20, 1 << 20, 1);
        assertThatThrownBy(() -> read("rows.csv", CSV.getBytes(StandardCharsets.UTF_8), oneRow))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("shared.import.error.too-many-rows"));
    }
}
