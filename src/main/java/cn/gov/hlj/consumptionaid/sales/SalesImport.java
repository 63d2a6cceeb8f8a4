package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.domain.SaleRepository;
import cn.gov.hlj.consumptionaid.sales.domain.SalesImportBatch;
import cn.gov.hlj.consumptionaid.sales.domain.SalesImportBatchRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ColumnSpec;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFiles;
import cn.gov.hlj.consumptionaid.shared.importing.ImportPreview;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.importing.RowReader;
import cn.gov.hlj.consumptionaid.shared.jobs.ImportSteps;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Imports a channel's sales export in the two steps of every import: a preview that lists every problem by row and
 * column, then a commit of all rows or none. A record is identified by its channel and record number (流水号/订单号):
 * records already stored are skipped and reported, and the same file (by SHA-256) a second time adds nothing. A row
 * must lie within the importing user's lens — their department's channels and their region (see {@link SalesLens}).
 * The commit writes the batch through JPA and the rows with JDBC batches (a file may hold a hundred thousand rows),
 * then publishes {@link SalesImported} inside the transaction. The overloads with a {@link Progress} run as background
 * jobs: they report reading, checking and writing through {@link ImportSteps}, and a cancel rolls the commit back.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "')")
public class SalesImport {

    /** Sales before this date are not part of the action. */
    static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);
    /** One record of more than a hundred million yuan is a typing error, not a sale. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    static final ColumnSpec CHANNEL = ColumnSpec.required("channel", "渠道", "PLATFORM_832", "销售渠道", "渠道代码",
            "渠道名称", "销售平台", "平台");
    static final ColumnSpec RECORD_NO = ColumnSpec.required("recordNo", "流水号", "832-20260301-000123", "订单号",
            "订单编号", "销售单号", "流水号/订单号", "单号");
    static final ColumnSpec DATE = ColumnSpec.required("date", "销售日期", "2026-03-01", "日期", "订单日期",
            "成交日期", "下单日期");
    static final ColumnSpec PRODUCT = ColumnSpec.required("product", "产品名称", "延寿大米 5kg/袋", "商品名称",
            "产品", "商品");
    static final ColumnSpec CATALOG_NUMBER = ColumnSpec.optional("catalogNumber", "目录编号", "",
            "产品目录编号", "扶贫产品目录编号", "目录号");
    static final ColumnSpec CATEGORY = ColumnSpec.required("category", "品类", "大米", "所属品类", "产品品类",
            "商品品类", "类别");
    static final ColumnSpec REGION = ColumnSpec.optional("region", "地区代码", "230129", "地区", "所在地区",
            "产地", "产地代码", "行政区划代码");
    static final ColumnSpec BUYER_TYPE = ColumnSpec.optional("buyerType", "购买方类型", "个人", "买方类型",
            "客户类型", "购买者类型");
    static final ColumnSpec BUYER_PROVINCE = ColumnSpec.optional("buyerProvince", "购买方省份", "广东省",
            "买方省份", "收货省份", "购买方所在省份");
    static final ColumnSpec QUANTITY = ColumnSpec.required("quantity", "数量", "10", "销售数量", "件数");
    static final ColumnSpec UNIT = ColumnSpec.required("unit", "单位", "袋", "计量单位");
    static final ColumnSpec AMOUNT = ColumnSpec.required("amount", "金额（元）", "680.00", "金额", "销售金额",
            "销售金额（元）", "销售额", "销售额（元）", "成交金额", "成交金额（元）");

    public static final List<ColumnSpec> COLUMNS = List.of(CHANNEL, RECORD_NO, DATE, PRODUCT, CATALOG_NUMBER,
            CATEGORY, REGION, BUYER_TYPE, BUYER_PROVINCE, QUANTITY, UNIT, AMOUNT);

    private static final String INSERT = "INSERT INTO sale (version, channel_code, record_no, sale_date, product_id, "
            + "supplier_id, product_name, category_code, region_code, buyer_type, buyer_province_code, quantity, unit, "
            + "amount, import_batch_id, source_row) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int JDBC_BATCH = 1000;

    private final SaleRepository sales;
    private final SalesImportBatchRepository batches;
    private final CatalogProducts catalog;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SalesImport(SaleRepository sales, SalesImportBatchRepository batches, CatalogProducts catalog,
                ReferenceService reference, CurrentUser currentUser, JdbcTemplate jdbc,
                ApplicationEventPublisher events, Clock clock) {
        this.sales = sales;
        this.batches = batches;
        this.catalog = catalog;
        this.reference = reference;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One row as typed from the file; {@code regionCode} may still be missing (then the product's county). */
    record Line(String channelCode, String recordNo, LocalDate date, String productName, String catalogNumber,
                String categoryCode, String regionCode, BuyerType buyerType, String buyerProvinceCode,
                BigDecimal quantity, String unit, BigDecimal amount) {

        String key() {
            return channelCode + "/" + recordNo;
        }
    }

    /** A row that will be written, with what the catalog added. */
    record Ready(int sourceRow, Line line, Long productId, Long supplierId, String regionCode) {
    }

    private record Analysis(ImportPreview preview, List<Ready> toCreate) {
    }

    public byte[] template(ImportWorkbooks.Texts texts) {
        return ImportWorkbooks.template("销售数据", COLUMNS, texts);
    }

    /** Reads and checks the file and says what a commit would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        return preview(fileName, content, Progress.NONE);
    }

    /** {@link #preview(String, byte[])} as a job: reports reading and checking, stops when cancelled. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, Progress progress) {
        return analyse(fileName, content, new ImportSteps(progress)).preview();
    }

    /**
     * Writes the sales of the file, all or none, with a batch that records the file and its outcome. Refused with an
     * {@link ImportRejectedException} (nothing written) when any row has a problem.
     */
    @Transactional
    public ImportResult commit(String fileName, byte[] content) {
        return commit(fileName, content, Progress.NONE);
    }

    /**
     * {@link #commit(String, byte[])} as a job: reports reading, checking and writing; cancelled before it returns,
     * it rolls back and writes nothing.
     */
    @Transactional
    public ImportResult commit(String fileName, byte[] content, Progress progress) {
        var steps = new ImportSteps(progress);
        var analysis = analyse(fileName, content, steps);
        var preview = analysis.preview();
        var already = preview.refuseOrAlreadyImported();
        if (already.isPresent()) {
            return already.get();
        }
        var user = currentUser.require();
        var rows = analysis.toCreate();
        try {
            var batch = batches.saveAndFlush(new SalesImportBatch(SalesImportType.SALES, user.departmentCode(),
                    fileName, preview.fileSha256(), content.length, preview.rowsInFile(), user.username(),
                    LocalDateTime.now(clock)));
            long batchId = batch.getId();
            for (int from = 0; from < rows.size(); from += JDBC_BATCH) {
                steps.writing(from, rows.size());
                insert(rows.subList(from, Math.min(rows.size(), from + JDBC_BATCH)), batchId);
            }
            steps.writing(rows.size(), rows.size());
            batch.completed(rows.size(), preview.skippedKeys().size());
            batches.flush();
            if (!rows.isEmpty()) {
                events.publishEvent(new SalesImported(batchId, rows.size()));
            }
            return new ImportResult(batch.toRow(), rows.size(), preview.skippedKeys().size(), false);
        } catch (DataIntegrityViolationException e) {
            // Another import stored some of these records (or this file) since the analysis: nothing is written.
            throw new ImportRejectedException(List.of(new ImportProblem(0, null, null,
                    "sales.import.problem.concurrent")));
        }
    }

    private void insert(List<Ready> rows, long batchId) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
            var line = row.line();
            ps.setString(1, line.channelCode());
            ps.setString(2, line.recordNo());
            ps.setDate(3, Date.valueOf(line.date()));
            ps.setObject(4, row.productId(), Types.BIGINT);
            ps.setObject(5, row.supplierId(), Types.BIGINT);
            ps.setString(6, line.productName());
            ps.setString(7, line.categoryCode());
            ps.setString(8, row.regionCode());
            ps.setString(9, line.buyerType().name());
            ps.setString(10, line.buyerProvinceCode());
            ps.setBigDecimal(11, line.quantity());
            ps.setString(12, line.unit());
            ps.setBigDecimal(13, line.amount());
            ps.setLong(14, batchId);
            ps.setInt(15, row.sourceRow());
        });
    }

    private Analysis analyse(String fileName, byte[] content, ImportSteps steps) {
        var scope = currentUser.require().scope();
        var lookups = new Lookups(reference);
        var lens = SalesLens.of(scope, lookups.channels());
        var today = LocalDate.now(clock);
        int[] rowsRead = {0};
        var read = ImportFiles.read(fileName, content, COLUMNS, reader -> {
            if (++rowsRead[0] % 500 == 0) {
                steps.read(rowsRead[0]);
            }
            return parse(reader, lookups, today);
        }, Line::key, RECORD_NO, "sales.import.problem.duplicate-in-file");
        steps.checking(0, 3);
        var problems = read.problems();
        var numbers = read.rows().stream().map(p -> p.value().catalogNumber()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var products = numbers.isEmpty() ? Map.<String, CatalogProduct>of() : catalog.byCatalogNumbers(numbers);
        steps.checking(1, 3);
        var candidates = new ArrayList<Ready>();
        for (var parsed : read.rows()) {
            var line = parsed.value();
            CatalogProduct product = null;
            if (line.catalogNumber() != null) {
                product = products.get(line.catalogNumber());
                if (product == null) {
                    problems.add(read.problem(parsed, CATALOG_NUMBER, line.catalogNumber(),
                            "sales.import.problem.catalog-unknown"));
                    continue;
                }
            }
            var region = line.regionCode() != null ? line.regionCode() : product == null ? null : product.countyCode();
            if (region == null) {
                problems.add(read.problem(parsed, REGION, null, "sales.import.problem.region-required"));
                continue;
            }
            if (!lens.coversSale(line.channelCode(), line.buyerProvinceCode())) {
                problems.add(read.problem(parsed, CHANNEL, line.channelCode(),
                        "sales.import.problem.outside-lens"));
                continue;
            }
            if (!lens.coversRegion(region)) {
                problems.add(read.problem(parsed, REGION, region,
                        "sales.import.problem.region-outside-scope"));
                continue;
            }
            candidates.add(new Ready(parsed.sourceRow(), line, product == null ? null : product.id(),
                    product == null ? null : product.producerId(), region));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        steps.checking(2, 3);
        var skipped = new ArrayList<String>();
        var toCreate = new ArrayList<Ready>();
        var byChannel = candidates.stream().collect(Collectors.groupingBy(r -> r.line().channelCode(),
                LinkedHashMap::new, Collectors.toList()));
        byChannel.forEach((channel, rows) -> {
            var stored = new HashSet<String>();
            for (var chunk : CatalogProducts.chunks(rows.stream().map(r -> r.line().recordNo()).toList())) {
                stored.addAll(sales.findStoredRecordNos(channel, chunk));
            }
            for (var row : rows) {
                if (stored.contains(row.line().recordNo())) {
                    skipped.add(row.line().key());
                } else {
                    toCreate.add(row);
                }
            }
        });
        toCreate.sort(Comparator.comparingInt(Ready::sourceRow));
        steps.checking(3, 3);
        var already = batches.findByTypeAndFileSha256(SalesImportType.SALES, read.sha256())
                .map(SalesImportBatch::toRow).orElse(null);
        var preview = new ImportPreview(fileName, read.sha256(), read.dataRows(), toCreate.size(), skipped,
                problems, read.layout().ignoredHeaders(), already);
        return new Analysis(preview, toCreate);
    }


    private static Line parse(RowReader r, Lookups lookups, LocalDate today) {
        ChannelRow channel = r.lookup(CHANNEL, lookups::channel, "sales.import.problem.channel-unknown");
        var recordNo = r.text(RECORD_NO, 64);
        var date = r.date(DATE, EARLIEST, today);
        var product = r.text(PRODUCT, 200);
        var catalogNumber = r.text(CATALOG_NUMBER, 30);
        CategoryRow category = r.lookup(CATEGORY, lookups::category, "sales.import.problem.category-unknown");
        RegionRow region = r.lookup(REGION, lookups::region, "sales.import.problem.region-unknown");
        BuyerType buyer = r.raw(BUYER_TYPE).isEmpty() ? BuyerType.OTHER
                : r.lookup(BUYER_TYPE, BuyerType::parse, "sales.import.problem.buyer-type-unknown");
        String province = r.lookup(BUYER_PROVINCE, Provinces::code, "sales.import.problem.province-unknown");
        var quantity = quantity(r);
        var unit = r.text(UNIT, 10);
        var amount = r.amount(AMOUNT);
        if (amount != null && amount.signum() == 0) {
            r.problem(AMOUNT, r.raw(AMOUNT), "sales.import.problem.amount-zero");
        } else if (amount != null && amount.compareTo(MAX_AMOUNT) > 0) {
            r.problem(AMOUNT, r.raw(AMOUNT), "sales.import.problem.amount-too-large");
        }
        if (!r.ok()) {
            return null;
        }
        return new Line(channel.code(), recordNo, date, product, catalogNumber, category.code(),
                region == null ? null : region.code(), buyer, province, quantity, unit, amount);
    }

    /** A quantity: greater than zero, at most two decimals, below a billion. */
    private static BigDecimal quantity(RowReader r) {
        var raw = r.raw(QUANTITY);
        if (raw.isEmpty()) {
            return r.problem(QUANTITY, null, "shared.import.problem.required");
        }
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(raw.replaceAll("[,，\\s]", ""));
        } catch (NumberFormatException e) {
            return r.problem(QUANTITY, raw, "sales.import.problem.not-a-quantity");
        }
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2
                || quantity.compareTo(MAX_QUANTITY) >= 0) {
            return r.problem(QUANTITY, raw, "sales.import.problem.not-a-quantity");
        }
        return quantity.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reference data for one import, loaded once: channels, categories and regions by code or Chinese name. */
    static final class Lookups {

        private final List<ChannelRow> channels;
        private final Map<String, ChannelRow> channelsByKey = new HashMap<>();
        private final Map<String, CategoryRow> categoriesByKey = new HashMap<>();
        private final Map<String, RegionRow> regionsByCode = new HashMap<>();
        private final Map<String, List<RegionRow>> regionsByName;

        Lookups(ReferenceService reference) {
            this(reference.channels(), reference.categories(),
                    reference.findRegions(RegionFilter.ALL, Pageable.unpaged()));
        }

        Lookups(List<ChannelRow> channels, List<CategoryRow> categories, List<RegionRow> regions) {
            this.channels = List.copyOf(channels);
            for (var channel : channels) {
                channelsByKey.put(key(channel.code()), channel);
                var name = key(channel.nameZh());
                channelsByKey.putIfAbsent(name, channel);
                if (name.startsWith("消费扶贫") && name.length() > 4) {
                    // "消费扶贫专柜" is written 专柜 as often as not
                    channelsByKey.putIfAbsent(name.substring(4), channel);
                }
                int open = name.indexOf('(');
                if (open > 0 && name.endsWith(")")) {
                    // "贫困地区农副产品网络销售平台(832平台)": the full name, the name before and the name in brackets
                    channelsByKey.putIfAbsent(name.substring(0, open), channel);
                    channelsByKey.putIfAbsent(name.substring(open + 1, name.length() - 1), channel);
                }
            }
            for (var category : categories) {
                categoriesByKey.put(key(category.code()), category);
                categoriesByKey.putIfAbsent(key(category.nameZh()), category);
            }
            regions.forEach(r -> regionsByCode.put(r.code(), r));
            regionsByName = regions.stream().collect(Collectors.groupingBy(RegionRow::nameZh));
        }

        List<ChannelRow> channels() {
            return channels;
        }

        Optional<ChannelRow> channel(String text) {
            return Optional.ofNullable(channelsByKey.get(key(text)));
        }

        Optional<CategoryRow> category(String text) {
            return Optional.ofNullable(categoriesByKey.get(key(text)));
        }

        /** A region by its code, or by its Chinese name where only one region has it (向阳区 exists twice). */
        Optional<RegionRow> region(String text) {
            var byCode = regionsByCode.get(text.strip());
            if (byCode != null) {
                return Optional.of(byCode);
            }
            var named = regionsByName.getOrDefault(text.strip(), List.of());
            return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
        }

        /** Upper case, no spaces, half-width brackets: codes and names compare as people write them. */
        private static String key(String text) {
            return text.strip().replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000]+", "")
                    .toUpperCase(Locale.ROOT);
        }
    }
}
