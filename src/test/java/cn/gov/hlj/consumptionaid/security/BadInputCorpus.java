package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The generator of the bad-input corpus under {@code src/test/resources/bad-inputs/}: every file and the manifest that
 * says which import it is fed to and which message refuses it. The files are committed; run this again after
 * changing it ({@code BadInputCorpus.main(new String[] {"src/test/resources/bad-inputs"})}, for example from the
 * IDE) and commit what changed. Each file breaks exactly one rule against otherwise valid rows, so the refusal it
 * expects is the only one (the rows refer to {@link #UNIT}, {@link #SUPPLIER}, which {@link BadInputCorpusTest}
 * stores first).
 */
public final class BadInputCorpus {

    /** A budget unit of the finance department, stored by the test: purchases and reserved shares refer to it. */
    public static final String UNIT = "BADIN-UNIT-01";
    /** The credit code of a cooperative of 延寿县, stored by the test as a supplier. */
    public static final String SUPPLIER = withCheck("93230129MA0BADN01");

    public record Entry(String importName, String file, String expected, String row, byte[] content, String note) {
    }

    private static final Charset GBK = Charset.forName("GBK");

    // ------------------------------------------------------------------ valid rows of each import

    static final List<String> PURCHASER_HEADERS = List.of("单位编码", "单位名称", "采购人类型", "单位性质", "级次",
            "所在地区", "食堂情况");

    static List<String> purchaser(String code, String name) {
        return List.of(code, name, "预算单位", "机关", "省级", "230000", "有");
    }

    static final List<String> SHARE_HEADERS = List.of("单位编码", "年度", "食堂情况", "食堂食材采购预算（元）",
            "预留比例（%）", "预留金额（元）", "备注");

    static List<String> share(String budget, String ratio, String amount, String remarks) {
        return List.of(UNIT, "2026", "有", budget, ratio, amount, remarks);
    }

    static final List<String> PURCHASE_HEADERS = List.of("订单编号", "下单日期", "采购单位编码", "供应商统一社会信用代码",
            "商品名称", "商品品类", "数量", "订单金额（元）", "订单状态");

    static List<String> purchase(String orderNo, String product, String amount) {
        return List.of(orderNo, "2026-03-01", UNIT, SUPPLIER, product, "大米", "10", amount, "已完成");
    }

    static final List<String> SALE_HEADERS = List.of("渠道", "流水号", "销售日期", "产品名称", "品类", "地区代码",
            "购买方类型", "数量", "单位", "金额（元）");

    static List<String> sale(String recordNo, String product, String amount) {
        return List.of("PLATFORM_832", recordNo, "2026-03-01", product, "大米", "230129", "个人", "10", "袋", amount);
    }

    static final List<String> CATALOG_HEADERS = List.of("目录编号", "统一社会信用代码", "生产单位", "主体类型", "区县代码",
            "法定代表人", "联系方式", "带贫类型", "产品名称", "所属品类", "规格", "价格（元）", "参考均价（元）", "质量证明",
            "带贫人数", "带贫方式", "商品价值量（万元）", "发布日期");

    static List<String> catalog(String number, String producer, String product, String price) {
        return List.of(number, SUPPLIER, producer, "农民专业合作社", "230129", "赵德山", "0451-53029999", "务工、经营收入",
                product, "大米", "10kg/袋", price, "140", "地理标志产品", "56", "订单收购贫困户水稻", "318.5",
                "2020-06-30");
    }

    // ------------------------------------------------------------------ the corpus

    static List<Entry> entries() {
        var all = new ArrayList<Entry>();
        purchasers(all);
        reservedShares(all);
        purchases(all);
        sales(all);
        catalog(all);
        return all;
    }

    private static void purchasers(List<Entry> all) {
        var i = "purchasers";
        var h = PURCHASER_HEADERS;
        all.add(new Entry(i, "empty.csv", "shared.import.error.empty", "", new byte[0], "a file of no bytes"));
        all.add(new Entry(i, "blank-lines.csv", "shared.import.error.empty", "", "\r\n  \r\n,,,\r\n".getBytes(
                StandardCharsets.UTF_8), "only blank lines and empty cells"));
        all.add(new Entry(i, "header-only.csv", "shared.import.error.no-data-rows", "",
                csv(h, List.of(), StandardCharsets.UTF_8), "the header and not one row"));
        all.add(new Entry(i, "english-headers.csv", "shared.import.error.missing-columns", "", csv(List.of("code",
                "name", "type", "kind", "level", "region", "canteen"), List.of(purchaser("BADIN-P-01", "测试机关")),
                StandardCharsets.UTF_8), "wrong headers: English instead of the template's"));
        all.add(new Entry(i, "utf16-without-bom.csv", "shared.import.error.encoding", "",
                csv(h, List.of(purchaser("BADIN-P-01", "测试机关")), StandardCharsets.UTF_16LE),
                "UTF-16 without a byte order mark: NUL bytes between the letters"));
        all.add(new Entry(i, "big5.csv", "shared.import.error.missing-columns", "",
                csv(h, List.of(purchaser("BADIN-P-01", "測試機關")), Charset.forName("Big5")),
                "traditional Chinese Big5: read as GB18030 the headers are other characters"));
        all.add(new Entry(i, "formula-equals.csv", "shared.import.problem.formula", "2",
                csv(h, List.of(purchaser("BADIN-P-01", "=cmd|' /C calc'!A0")), StandardCharsets.UTF_8),
                "the DDE payload =cmd|… in the unit name"));
        all.add(new Entry(i, "formula-at.csv", "shared.import.problem.formula", "2",
                csv(h, List.of(purchaser("BADIN-P-01", "@SUM(1+1)*cmd|' /C calc'!A0")), StandardCharsets.UTF_8),
                "a leading @ in the unit name"));
        all.add(new Entry(i, "script-tag.csv", "shared.import.problem.markup", "2",
                csv(h, List.of(purchaser("BADIN-P-01", "<script>alert('xss')</script>食堂")), StandardCharsets.UTF_8),
                "a script tag in the unit name"));
        all.add(new Entry(i, "duplicate-code.csv", "purchasing.import.problem.duplicate-in-file", "3",
                csv(h, List.of(purchaser("BADIN-P-01", "测试机关一"), purchaser("BADIN-P-01", "测试机关二")),
                        StandardCharsets.UTF_8), "the same unit code twice"));
        all.add(new Entry(i, "unknown-region.csv", "purchasing.import.problem.region-unknown", "2",
                csv(h, List.of(List.of("BADIN-P-01", "测试机关", "预算单位", "机关", "省级", "990000", "有")),
                        StandardCharsets.UTF_8), "a region code that does not exist"));
        all.add(new Entry(i, "unknown-type.csv", "purchasing.import.problem.type-unknown", "2",
                csv(h, List.of(List.of("BADIN-P-01", "测试机关", "外星单位", "机关", "省级", "230000", "有")),
                        StandardCharsets.UTF_8), "a purchaser type that does not exist"));
        all.add(new Entry(i, "name-too-long.csv", "shared.import.problem.too-long", "2",
                csv(h, List.of(purchaser("BADIN-P-01", "很长的单位名称".repeat(40))), StandardCharsets.UTF_8),
                "a unit name of 280 characters"));
        all.add(new Entry(i, "truncated.xlsx", "shared.import.error.xlsx-broken", "",
                truncate(xlsx(h, List.of(purchaser("BADIN-P-01", "测试机关")))), "an .xlsx cut off half way"));
        all.add(new Entry(i, "old-format.xls", "shared.import.error.old-xls", "",
                oleHeader(), "the old binary Excel format (OLE2)"));
        all.add(new Entry(i, "units.json", "shared.import.error.unknown-format", "",
                "[{\"单位编码\":\"BADIN-P-01\"}]".getBytes(StandardCharsets.UTF_8), "neither .xlsx nor .csv"));
    }

    private static void reservedShares(List<Entry> all) {
        var i = "reserved-shares";
        var h = SHARE_HEADERS;
        all.add(new Entry(i, "negative-budget.csv", "shared.import.problem.negative", "2",
                csv(h, List.of(share("-1000000.00", "10", "100000.00", "")), StandardCharsets.UTF_8),
                "a negative budget"));
        all.add(new Entry(i, "enormous-budget.csv", "shared.import.problem.absurd-amount", "2",
                csv(h, List.of(share("99999999999999999999", "10", "100000.00", "")), StandardCharsets.UTF_8),
                "a budget of 10^20 yuan"));
        all.add(new Entry(i, "exponent-amount.csv", "shared.import.problem.absurd-amount", "2",
                csv(h, List.of(share("1000000.00", "10", "1E+400", "")), StandardCharsets.UTF_8),
                "an amount written as 1E+400"));
        all.add(new Entry(i, "ratio-over-100.csv", "shared.import.problem.not-a-percent", "2",
                csv(h, List.of(share("1000000.00", "250", "2500000.00", "")), StandardCharsets.UTF_8),
                "a ratio of 250 %"));
        all.add(new Entry(i, "amount-not-a-number.csv", "shared.import.problem.not-a-number", "2",
                csv(h, List.of(share("一百万", "10", "100000.00", "")), StandardCharsets.UTF_8),
                "a budget in words"));
        all.add(new Entry(i, "unknown-unit.csv", "purchasing.reserved-share.problem.unit-unknown", "2",
                csv(h, List.of(List.of("BADIN-NOPE-99", "2026", "有", "1000000.00", "10", "100000.00", "")),
                        StandardCharsets.UTF_8), "a unit code that is not stored"));
        all.add(new Entry(i, "duplicate-unit-year.csv", "purchasing.reserved-share.problem.duplicate-in-file", "3",
                csv(h, List.of(share("1000000.00", "10", "100000.00", ""), share("2000000.00", "10", "200000.00",
                        "")), StandardCharsets.UTF_8), "the same unit and year twice"));
        all.add(new Entry(i, "formula-plus-remark.csv", "shared.import.problem.formula", "2",
                csv(h, List.of(share("1000000.00", "10", "100000.00", "+1+cmd|' /C calc'!A0")),
                        StandardCharsets.UTF_8), "a leading + in the remarks"));
        all.add(new Entry(i, "formula-minus-remark.csv", "shared.import.problem.formula", "2",
                csv(h, List.of(share("1000000.00", "10", "100000.00", "-2+3+cmd|' /C calc'!A0")),
                        StandardCharsets.UTF_8), "a leading - in the remarks"));
        all.add(new Entry(i, "img-onerror-remark.csv", "shared.import.problem.markup", "2",
                csv(h, List.of(share("1000000.00", "10", "100000.00", "说明<img src=x onerror=alert(1)>")),
                        StandardCharsets.UTF_8), "an img tag with an onerror handler in the remarks"));
        all.add(new Entry(i, "unbalanced-quotes.csv", "shared.import.error.csv-broken", "",
                (String.join(",", h) + "\r\n" + UNIT + ",2026,有,\"1000000.00,10,100000.00,\r\n\"x\"y,1\r\n")
                        .getBytes(StandardCharsets.UTF_8), "a quote opened and never closed properly"));
        all.add(new Entry(i, "zip-bomb.xlsx", "shared.import.error.zip-bomb", "", zipBomb(h),
                "an .xlsx whose sheet unpacks to 64 MB of blanks from a few dozen kilobytes"));
        all.add(new Entry(i, "future-year.csv", "shared.import.problem.not-a-count", "2",
                csv(h, List.of(List.of(UNIT, "2099", "有", "1000000.00", "10", "100000.00", "")),
                        StandardCharsets.UTF_8), "a budget year far in the future"));
    }

    private static void purchases(List<Entry> all) {
        var i = "purchases";
        var h = PURCHASE_HEADERS;
        all.add(new Entry(i, "negative-amount.xlsx", "shared.import.problem.negative", "2",
                xlsx(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "-1280.00"))), "a negative order amount"));
        all.add(new Entry(i, "enormous-amount.csv", "shared.import.problem.absurd-amount", "2",
                csv(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "123456789012345678.00")),
                        StandardCharsets.UTF_8), "an order of 10^17 yuan"));
        all.add(new Entry(i, "amount-too-large.csv", "purchasing.purchase.problem.amount-too-large", "2",
                csv(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "900000000.00")), StandardCharsets.UTF_8),
                "an order above the largest plausible one"));
        all.add(new Entry(i, "zero-amount.csv", "purchasing.purchase.problem.amount-zero", "2",
                csv(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "0")), StandardCharsets.UTF_8),
                "an order of nothing"));
        all.add(new Entry(i, "unknown-purchaser.csv", "purchasing.purchase.problem.purchaser-unknown", "2",
                csv(h, List.of(List.of("BADIN-O-0001", "2026-03-01", "BADIN-NOPE-99", SUPPLIER, "延寿大米 5kg", "大米",
                        "10", "1280.00", "已完成")), StandardCharsets.UTF_8), "a purchaser code that is not stored"));
        all.add(new Entry(i, "invalid-credit-code.csv", "purchasing.purchase.problem.credit-code-invalid", "2",
                csv(h, List.of(List.of("BADIN-O-0001", "2026-03-01", UNIT, "91230129MA0BADN0XX", "延寿大米 5kg", "大米",
                        "10", "1280.00", "已完成")), StandardCharsets.UTF_8), "a credit code with a wrong check"));
        all.add(new Entry(i, "unknown-category.csv", "purchasing.purchase.problem.category-unknown", "2",
                csv(h, List.of(List.of("BADIN-O-0001", "2026-03-01", UNIT, SUPPLIER, "延寿大米 5kg", "火星土豆",
                        "10", "1280.00", "已完成")), StandardCharsets.UTF_8), "a category that does not exist"));
        all.add(new Entry(i, "impossible-date.csv", "shared.import.problem.not-a-date", "2",
                csv(h, List.of(List.of("BADIN-O-0001", "2026-02-30", UNIT, SUPPLIER, "延寿大米 5kg", "大米",
                        "10", "1280.00", "已完成")), StandardCharsets.UTF_8), "the 30th of February"));
        all.add(new Entry(i, "duplicate-order.csv", "purchasing.purchase.problem.duplicate-in-file", "3",
                csv(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "1280.00"),
                        purchase("BADIN-O-0001", "延寿大米 10kg", "2560.00")), StandardCharsets.UTF_8),
                "the same order number twice"));
        all.add(new Entry(i, "formula-product.xlsx", "shared.import.problem.formula", "2",
                xlsx(h, List.of(purchase("BADIN-O-0001", "=HYPERLINK(\"http://evil.example/\",\"点我\")", "1280.00"))),
                "a HYPERLINK formula as text in the product name of an .xlsx"));
        all.add(new Entry(i, "script-product.xlsx", "shared.import.problem.markup", "2",
                xlsx(h, List.of(purchase("BADIN-O-0001", "大米<script src=//evil.example/x.js></script>", "1280.00"))),
                "a script tag in the product name of an .xlsx"));
        all.add(new Entry(i, "duplicate-column.csv", "shared.import.error.duplicate-column", "",
                csv(List.of("订单编号", "订单号", "下单日期", "采购单位编码", "供应商统一社会信用代码", "商品名称", "商品品类",
                        "数量", "订单金额（元）", "订单状态"), List.of(List.of("BADIN-O-0001", "BADIN-O-0002",
                        "2026-03-01", UNIT, SUPPLIER, "延寿大米 5kg", "大米", "10", "1280.00", "已完成")),
                        StandardCharsets.UTF_8), "the order number under two of its headers"));
        all.add(new Entry(i, "pdf-named-xlsx.xlsx", "shared.import.error.xlsx-broken", "",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "a PDF with an .xlsx name"));
        all.add(new Entry(i, "plain-zip.xlsx", "shared.import.error.xlsx-broken", "",
                zip(List.of(new Part("readme.txt", "这不是 Excel 文件".getBytes(StandardCharsets.UTF_8)))),
                "a zip archive without any workbook in it"));
        all.add(new Entry(i, "xxe.xlsx", "shared.import.error.xlsx-broken", "",
                replacePart(xlsx(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "1280.00"))),
                        "xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "
                                + "\"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                                + "<t>&xxe;</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)),
                "a sheet with an external entity (XXE) reading /etc/passwd"));
        all.add(new Entry(i, "billion-laughs.xlsx", "shared.import.error.xlsx-broken", "",
                replacePart(xlsx(h, List.of(purchase("BADIN-O-0001", "延寿大米 5kg", "1280.00"))),
                        "xl/worksheets/sheet1.xml", billionLaughs()), "a sheet with nested entities (billion laughs)"));
        all.add(new Entry(i, "png-named-csv.csv", "shared.import.error.encoding", "",
                png(), "a PNG image with a .csv name"));
        all.add(new Entry(i, "gbk-then-utf16.csv", "shared.import.error.encoding", "", concat(
                csv(h, List.of(), GBK), "BADIN-O-0001,2026-03-01".getBytes(StandardCharsets.UTF_16LE)),
                "a GBK header followed by a row in UTF-16"));
    }

    private static void sales(List<Entry> all) {
        var i = "sales";
        var h = SALE_HEADERS;
        all.add(new Entry(i, "negative-amount.csv", "shared.import.problem.negative", "2",
                csv(h, List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "-680.00")), StandardCharsets.UTF_8),
                "a negative sale"));
        all.add(new Entry(i, "amount-too-large.csv", "sales.import.problem.amount-too-large", "2",
                csv(h, List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "500000000.00")), StandardCharsets.UTF_8),
                "one sale of half a billion yuan"));
        all.add(new Entry(i, "too-many-decimals.csv", "shared.import.problem.too-many-decimals", "2",
                csv(h, List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "680.001")), StandardCharsets.UTF_8),
                "an amount with three decimals"));
        all.add(new Entry(i, "unknown-channel.csv", "sales.import.problem.channel-unknown", "2",
                csv(h, List.of(List.of("DARK_WEB", "BADIN-S-0001", "2026-03-01", "延寿大米 5kg/袋", "大米", "230129",
                        "个人", "10", "袋", "680.00")), StandardCharsets.UTF_8), "a channel that does not exist"));
        all.add(new Entry(i, "unknown-region.csv", "sales.import.problem.region-unknown", "2",
                csv(h, List.of(List.of("PLATFORM_832", "BADIN-S-0001", "2026-03-01", "延寿大米 5kg/袋", "大米", "239999",
                        "个人", "10", "袋", "680.00")), StandardCharsets.UTF_8), "a region code that does not exist"));
        all.add(new Entry(i, "zero-quantity.csv", "sales.import.problem.not-a-quantity", "2",
                csv(h, List.of(List.of("PLATFORM_832", "BADIN-S-0001", "2026-03-01", "延寿大米 5kg/袋", "大米", "230129",
                        "个人", "0", "袋", "680.00")), StandardCharsets.UTF_8), "a quantity of nothing"));
        all.add(new Entry(i, "future-date.csv", "shared.import.problem.date-out-of-range", "2",
                csv(h, List.of(List.of("PLATFORM_832", "BADIN-S-0001", "2099-03-01", "延寿大米 5kg/袋", "大米", "230129",
                        "个人", "10", "袋", "680.00")), StandardCharsets.UTF_8), "a sale in 2099"));
        all.add(new Entry(i, "duplicate-record.csv", "sales.import.problem.duplicate-in-file", "3",
                csv(h, List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "680.00"),
                        sale("BADIN-S-0001", "延寿大米 10kg/袋", "1360.00")), StandardCharsets.UTF_8),
                "the same record number twice"));
        all.add(new Entry(i, "formula-product-gbk.csv", "shared.import.problem.formula", "2",
                csv(h, List.of(sale("BADIN-S-0001", "=1+1+cmd|' /C calc'!A0", "680.00")), GBK),
                "a formula in the product name of a GBK file (as Chinese Excel saves CSV)"));
        all.add(new Entry(i, "javascript-url.csv", "shared.import.problem.markup", "2",
                csv(h, List.of(sale("BADIN-S-0001", "javascript:alert(document.cookie)", "680.00")),
                        StandardCharsets.UTF_8), "a javascript: URL as the product name"));
        all.add(new Entry(i, "unknown-catalog-number.csv", "sales.import.problem.catalog-unknown", "2",
                csv(List.of("渠道", "流水号", "销售日期", "产品名称", "目录编号", "品类", "地区代码", "购买方类型", "数量",
                        "单位", "金额（元）"), List.of(List.of("PLATFORM_832", "BADIN-S-0001", "2026-03-01",
                        "延寿大米 5kg/袋", "HLJ-0000-99999", "大米", "230129", "个人", "10", "袋", "680.00")),
                        StandardCharsets.UTF_8), "a catalog number that is not in the catalog"));
        all.add(new Entry(i, "missing-amount-column.csv", "shared.import.error.missing-columns", "",
                csv(h.subList(0, h.size() - 1), List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "680.00")
                        .subList(0, h.size() - 1)), StandardCharsets.UTF_8), "the amount column left out"));
        all.add(new Entry(i, "bad-shared-string.xlsx", "shared.import.error.xlsx-broken", "",
                replacePart(xlsx(h, List.of(sale("BADIN-S-0001", "延寿大米 5kg/袋", "680.00"))),
                        "xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                                + "t=\"s\"><v>999999</v></c></row></sheetData></worksheet>")
                                .getBytes(StandardCharsets.UTF_8)),
                "a cell pointing at a shared string that does not exist"));
    }

    private static void catalog(List<Entry> all) {
        var i = "catalog";
        var h = CATALOG_HEADERS;
        all.add(new Entry(i, "csv-instead-of-xlsx.csv", "catalog.import.error.not-xlsx", "1",
                csv(h, List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128")), StandardCharsets.UTF_8),
                "the catalog list as CSV: only .xlsx is taken"));
        all.add(new Entry(i, "truncated.xlsx", "catalog.import.error.not-xlsx", "1",
                truncate(xlsx(h, List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128")))),
                "an .xlsx cut off half way"));
        all.add(new Entry(i, "zip-bomb.xlsx", "shared.import.error.zip-bomb", "1", zipBomb(h),
                "an .xlsx whose sheet unpacks to 64 MB of blanks from a few dozen kilobytes"));
        all.add(new Entry(i, "missing-column.xlsx", "catalog.import.error.column-missing", "1",
                xlsx(h.subList(0, h.size() - 1), List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128")
                        .subList(0, h.size() - 1))), "the publication date column left out"));
        all.add(new Entry(i, "formula-producer.xlsx", "shared.import.problem.formula", "2",
                xlsx(h, List.of(catalog("HLJ-BADIN-0001", "=cmd|' /C calc'!A0", "延寿大米", "128"))),
                "the DDE payload in the producer's name"));
        all.add(new Entry(i, "script-product.xlsx", "shared.import.problem.markup", "2",
                xlsx(h, List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "<svg onload=alert(1)>大米", "128"))),
                "an svg tag with an onload handler in the product name"));
        all.add(new Entry(i, "duplicate-number.xlsx", "catalog.import.error.duplicate-number", "3",
                xlsx(h, List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128"),
                        catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿香米", "98"))), "the same catalog number twice"));
        all.add(new Entry(i, "price-not-a-number.xlsx", "catalog.import.error.number", "2",
                xlsx(h, List.of(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "一百二十八"))),
                "a price in words"));
        all.add(new Entry(i, "unknown-category.xlsx", "catalog.import.error.category", "2",
                xlsx(h, List.of(replace(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128"), 9, "火星土豆"))),
                "a category that does not exist"));
        all.add(new Entry(i, "bad-credit-code.xlsx", "catalog.credit-code.error.check", "2",
                xlsx(h, List.of(replace(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128"), 1,
                        "93230129MA0BADN01X"))), "a credit code with a wrong check character"));
        all.add(new Entry(i, "future-publication.xlsx", "catalog.import.error.future-date", "2",
                xlsx(h, List.of(replace(catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128"), 17,
                        "2099-01-01"))), "a publication date in 2099"));
    }

    // ------------------------------------------------------------------ file builders

    static byte[] csv(List<String> headers, List<List<String>> rows, Charset charset) {
        var text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (var row : rows) {
            text.append(String.join(",", row.stream().map(BadInputCorpus::quote).toList())).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A workbook of string cells, as a person types into the template; the same bytes on every run. */
    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
            var sheet = workbook.createSheet("Sheet1");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            // Rewritten with fixed entry times, so the committed files are exactly what this generator writes.
            return zip(parts(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final long FIXED_TIME = 1_764_288_000_000L; // 2025-11-28T00:00:00Z

    record Part(String name, byte[] content) {
    }

    static byte[] zip(List<Part> parts) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var part : parts) {
                var entry = new ZipEntry(part.name());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(part.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<Part> parts(byte[] zipped) {
        var parts = new ArrayList<Part>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.add(new Part(entry.getName(), zip.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] replacePart(byte[] xlsx, String name, byte[] content) {
        return zip(parts(xlsx).stream().map(p -> p.name().equals(name) ? new Part(name, content) : p).toList());
    }

    /**
     * A real workbook whose sheet is padded with 64 MB of blanks between its header and its end: deflated it takes a
     * few dozen kilobytes on disk, a ratio of about 1:1000 that only a zip bomb has (the reader refuses below 1:100).
     */
    static byte[] zipBomb(List<String> headers) {
        var xlsx = xlsx(headers, List.of());
        var sheet = parts(xlsx).stream().filter(p -> p.name().equals("xl/worksheets/sheet1.xml")).findFirst()
                .orElseThrow();
        var xml = new String(sheet.content(), StandardCharsets.UTF_8);
        int end = xml.indexOf("</sheetData>");
        var padding = new byte[64 << 20];
        Arrays.fill(padding, (byte) ' ');
        var bomb = concat(xml.substring(0, end).getBytes(StandardCharsets.UTF_8), padding,
                xml.substring(end).getBytes(StandardCharsets.UTF_8));
        return replacePart(xlsx, sheet.name(), bomb);
    }

    static byte[] truncate(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    private static byte[] oleHeader() {
        var bytes = new byte[512];
        var magic = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] png() {
        var bytes = new byte[256];
        var signature = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D',
                'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int b = signature.length; b < bytes.length; b++) {
            bytes[b] = (byte) (b * 37);
        }
        return bytes;
    }

    private static byte[] billionLaughs() {
        var doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        doc.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int level = 2; level <= 9; level++) {
            doc.append("<!ENTITY lol").append(level).append(" \"");
            doc.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        doc.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... arrays) {
        var out = new ByteArrayOutputStream();
        for (var array : arrays) {
            out.writeBytes(array);
        }
        return out.toByteArray();
    }

    private static List<String> replace(List<String> row, int index, String value) {
        var copy = new ArrayList<>(row);
        copy.set(index, value);
        return copy;
    }

    private static String withCheck(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    // ------------------------------------------------------------------ writing

    public static void main(String[] args) throws IOException {
        var root = Path.of(args.length > 0 ? args[0] : "src/test/resources/bad-inputs");
        var manifest = new StringBuilder("file,import,expected,row,note\n");
        for (var entry : entries()) {
            var dir = root.resolve(entry.importName());
            Files.createDirectories(dir);
            Files.write(dir.resolve(entry.file()), entry.content());
            manifest.append(entry.importName()).append('/').append(entry.file()).append(',')
                    .append(entry.importName()).append(',').append(entry.expected()).append(',')
                    .append(entry.row()).append(',').append(quote(entry.note())).append('\n');
        }
        Files.writeString(root.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + entries().size() + " files and the manifest to " + root);
    }
}
