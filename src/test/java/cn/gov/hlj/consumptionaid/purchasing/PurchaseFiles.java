package cn.gov.hlj.consumptionaid.purchasing;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

/** Order exports as the 832 platform writes them: an .xlsx (streamed, so 100,000 lines are cheap) or a CSV. */
public final class PurchaseFiles {

    /** The headers of the platform's export, in its own order and words (aliases of the import's columns). */
    public static final List<String> HEADERS_832 = List.of("订单号", "下单时间", "采购单位", "预算单位编码",
            "供应商名称", "统一社会信用代码", "商品名称", "商品分类", "数量", "实付金额（元）", "订单状态", "以购代捐",
            "工会采购");

    private PurchaseFiles() {
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (var workbook = new SXSSFWorkbook(500); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("订单明细");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<String> headers, List<List<Object>> rows, Charset charset) {
        var text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (var row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                var value = row.get(c);
                text.append(value == null ? "" : value.toString());
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(charset);
    }
}
