package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of catalog test data: unique, valid credit codes and complete forms. */
public final class CatalogTestData {

    public static final String YANSHOU = "230129";
    public static final String FANGZHENG = "230124";
    /** 龙江县, a county of 齐齐哈尔市 (230200). */
    public static final String LONGJIANG = "230221";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final PortalI18NProvider I18N = new PortalI18NProvider();

    private CatalogTestData() {
    }

    /** A valid code of a farmers' cooperative (93) registered in the county, unique within the test run. */
    public static String creditCode(String countyCode) {
        var first17 = "93" + countyCode + String.format("MA%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    public static MarketEntityForm entityForm(String countyCode, String name) {
        return new MarketEntityForm(creditCode(countyCode), name, MarketEntityType.FARMERS_COOPERATIVE, countyCode,
                "张玉山", "0451-53020000", true, false, true, false, false);
    }

    /** A unique name: the registry keeps what earlier tests of the shared context wrote. */
    public static String unique(String name) {
        return name + SEQUENCE.incrementAndGet();
    }

    /** The Chinese message of a refusal, as a view shows it. */
    public static String chinese(CatalogException e) {
        return e.message((key, args) -> I18N.getTranslation(key, PortalI18NProvider.CHINESE, args));
    }

    /** A complete application of 延寿大米 by the entity. */
    public static ApplicationForm applicationForm(long entityId, String productName) {
        return new ApplicationForm(entityId, productName, "RICE", "5kg/袋", new BigDecimal("68.00"),
                new BigDecimal("75.00"), "绿色食品证书 LB-18-20011234567A；2020年第三方检测报告", 126,
                "吸纳贫困户务工并按保底价收购贫困户水稻", new BigDecimal("320.50"), true);
    }

    /** A row of the catalog import template (延寿县, 大米, published 2020-06-30). */
    public static List<Object> catalogListRow(String number, String code, String producer, String product) {
        return List.of(number, code, producer, "农民专业合作社", "230129", "赵德山", "0451-53029999", "务工、经营收入",
                product, "大米", "10kg/袋", 128.0, 140.0, "地理标志产品", 56.0, "订单收购贫困户水稻",
                318.5, LocalDate.of(2020, 6, 30));
    }

    public static byte[] catalogListXlsx(List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("目录");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var header = sheet.createRow(0);
            for (int c = 0; c < CatalogImportService.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CatalogImportService.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    switch (values.get(c)) {
                        case Double d -> cell.setCellValue(d);
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        default -> cell.setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
