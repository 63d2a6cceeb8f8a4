package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.catalog.CatalogDirectory;
import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.catalog.ProductRef;
import cn.gov.hlj.consumptionaid.catalog.SupplierRef;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatch;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserSpecifications;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;
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
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports order lines exported by a sales channel (the 832 platform by default) as purchases, in the two steps of
 * every import: a preview with every problem, then a commit of all rows or none. Each row must name a purchaser the
 * importing user may see, a registered supplier by its unified social credit code (check character verified) that was
 * not on the blacklist on the order date, and, when given, a catalog product of that supplier. An order already stored
 * (same channel and order number) is skipped and never changed.
 *
 * <p>Files of 100,000 lines are normal: lookups go a thousand keys per query and the rows are written with JDBC
 * batches, not one entity at a time (see {@code docs/decisions/2026-11-28-purchase-import-batches.md}). The commit
 * publishes {@link PurchasesImported} inside its transaction, so the rollups change with the rows or not at all.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "')")
public class PurchaseImport {

    static final ColumnSpec ORDER_NO = ColumnSpec.required("orderNo", "订单编号", "832202603010001",
            "订单号", "订单编码", "子订单编号");
    static final ColumnSpec DATE = ColumnSpec.required("date", "下单日期", "2026-03-01", "下单时间", "订单日期",
            "订单时间", "采购日期");
    static final ColumnSpec PURCHASER = ColumnSpec.required("purchaser", "采购单位编码", "230000-0001",
            "预算单位编码", "单位编码", "采购人编码", "采购单位代码");
    static final ColumnSpec PURCHASER_NAME = ColumnSpec.optional("purchaserName", "采购单位名称", "黑龙江省财政厅机关",
            "采购单位", "预算单位名称", "采购人名称");
    static final ColumnSpec SUPPLIER = ColumnSpec.required("supplier", "供应商统一社会信用代码",
            "91230100MA1B2C3D4E", "统一社会信用代码", "供应商信用代码", "供应商社会信用代码");
    static final ColumnSpec SUPPLIER_NAME = ColumnSpec.optional("supplierName", "供应商名称", "", "供应商",
            "销售单位");
    static final ColumnSpec CATALOG_NUMBER = ColumnSpec.optional("catalogNumber", "扶贫产品目录编号", "",
            "目录编号", "产品目录编号");
    static final ColumnSpec PRODUCT = ColumnSpec.required("product", "商品名称", "五常大米 5kg", "产品名称",
            "商品");
    static final ColumnSpec CATEGORY = ColumnSpec.required("category", "商品品类", "粮油", "品类", "商品分类",
            "产品品类", "所属品类");
    static final ColumnSpec ORIGIN = ColumnSpec.optional("origin", "产地区县代码", "", "产地", "产地代码",
            "产地区县");
    static final ColumnSpec QUANTITY = ColumnSpec.optional("quantity", "数量", "10", "购买数量", "商品数量");
    static final ColumnSpec AMOUNT = ColumnSpec.required("amount", "订单金额（元）", "1280.00", "订单金额",
            "金额（元）", "金额", "实付金额（元）", "实付金额");
    static final ColumnSpec STATUS = ColumnSpec.required("status", "订单状态", "已完成", "状态");
    static final ColumnSpec CHANNEL = ColumnSpec.optional("channel", "采购渠道", "", "渠道", "销售渠道",
            "平台");
    static final ColumnSpec DONATION = ColumnSpec.optional("donation", "以购代捐", "否", "是否以购代捐");
    static final ColumnSpec CONSIGNMENT = ColumnSpec.optional("consignment", "代销", "否", "是否代销");
    static final ColumnSpec UNION = ColumnSpec.optional("union", "工会采购", "否", "是否工会采购");

    public static final List<ColumnSpec> COLUMNS = List.of(ORDER_NO, DATE, PURCHASER, PURCHASER_NAME, SUPPLIER,
            SUPPLIER_NAME, CATALOG_NUMBER, PRODUCT, CATEGORY, ORIGIN, QUANTITY, AMOUNT, STATUS, CHANNEL, DONATION,
            CONSIGNMENT, UNION);

    /** The channel of a file that does not say: the 832 platform, through which budget units must buy. */
    static final String DEFAULT_CHANNEL = "PLATFORM_832";
    /** Larger order lines are refused as probable typing errors (a canteen's whole year in one order). */
    static final BigDecimal LARGEST_ORDER = new BigDecimal("5000000");
    static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);

    /** Rows per JDBC batch. */
    private static final int CHUNK = 1000;
    /** Keys per lookup query: a few queries for a whole file, well within MySQL's packet and IN-list limits. */
    private static final int KEYS_PER_QUERY = 5000;
    private static final String INSERT = "INSERT INTO purchase (version, channel_code, order_no, order_date,"
            + " purchaser_id, supplier_id, product_id, product_name, category_code, origin_county_code, quantity,"
            + " amount, status, donation, consignment, union_purchase, import_batch_id, source_row)"
            + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final ImportBatchRepository batches;
    private final CatalogDirectory catalog;
    private final ReferenceService reference;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    PurchaseImport(EntityManager entityManager, ImportBatchRepository batches, CatalogDirectory catalog,
                   ReferenceService reference, NamedParameterJdbcTemplate named, ApplicationEventPublisher events,
                   CurrentUser currentUser, Clock clock) {
        this.entityManager = entityManager;
        this.batches = batches;
        this.catalog = catalog;
        this.reference = reference;
        this.named = named;
        this.jdbc = named.getJdbcTemplate();
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record Line(String channel, String orderNo, LocalDate date, String purchaser, String supplier,
                String catalogNumber, String product, String category, String origin, BigDecimal quantity,
                BigDecimal amount, PurchaseStatus status, boolean donation, boolean consignment,
                boolean unionPurchase) {

        String key() {
            return channel + "/" + orderNo;
        }
    }

    /** A checked row, ready to insert. */
    private record Resolved(int sourceRow, Line line, long purchaserId, long supplierId, Long productId,
                            String origin) {
    }

    private record Analysis(ImportPreview preview, List<Resolved> toCreate) {
    }

    /** Codes and names of the reference data a row may use, read once per file. */
    private record Vocabulary(Map<String, String> channels, Map<String, String> categories, Set<String> counties) {
    }

    public byte[] template(ImportWorkbooks.Texts texts) {
        return ImportWorkbooks.template("采购订单", COLUMNS, texts);
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
     * Writes the purchases of the file, all or none, with a batch that records the file and its outcome. Refused with
     * an {@link ImportRejectedException} (nothing written) when any row has a problem.
     */
    @Transactional
    public ImportResult commit(String fileName, byte[] content) {
        return commit(fileName, content, Progress.NONE);
    }

    /**
     * {@link #commit(String, byte[])} as a job: reports reading, checking and writing; cancelled before it returns,
     * it rolls back and nothing is written.
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
        var batch = batches.saveAndFlush(new ImportBatch(ImportType.PURCHASES, user.departmentCode(), fileName,
                preview.fileSha256(), content.length, preview.rowsInFile(), user.username(),
                LocalDateTime.now(clock)));
        var rows = analysis.toCreate();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            steps.writing(from, rows.size());
            insert(rows.subList(from, Math.min(rows.size(), from + CHUNK)), batch.getId());
        }
        steps.writing(rows.size(), rows.size());
        batch.completed(rows.size(), preview.skippedKeys().size());
        if (!rows.isEmpty()) {
            events.publishEvent(new PurchasesImported(batch.getId(), rows.size()));
        }
        return new ImportResult(batch.toRow(), rows.size(), preview.skippedKeys().size(), false);
    }

    private void insert(List<Resolved> rows, long batchId) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            var line = row.line();
            statement.setString(1, line.channel());
            statement.setString(2, line.orderNo());
            statement.setDate(3, Date.valueOf(line.date()));
            statement.setLong(4, row.purchaserId());
            statement.setLong(5, row.supplierId());
            if (row.productId() == null) {
                statement.setNull(6, Types.BIGINT);
            } else {
                statement.setLong(6, row.productId());
            }
            statement.setString(7, line.product());
            statement.setString(8, line.category());
            statement.setString(9, row.origin());
            statement.setBigDecimal(10, line.quantity());
            statement.setBigDecimal(11, line.amount());
            statement.setString(12, line.status().name());
            statement.setBoolean(13, line.donation());
            statement.setBoolean(14, line.consignment());
            statement.setBoolean(15, line.unionPurchase());
            statement.setLong(16, batchId);
            statement.setInt(17, row.sourceRow());
        });
    }

    private Analysis analyse(String fileName, byte[] content, ImportSteps steps) {
        var scope = currentUser.require().scope();
        var vocabulary = vocabulary();
        var today = LocalDate.now(clock);
        int[] rowsRead = {0};
        var read = ImportFiles.read(fileName, content, COLUMNS, reader -> {
            if (++rowsRead[0] % 500 == 0) {
                steps.read(rowsRead[0]);
            }
            return parse(reader, vocabulary, today);
        }, Line::key, ORDER_NO, "purchasing.purchase.problem.duplicate-in-file");
        steps.checking(0, 3);
        var problems = read.problems();
        var lines = read.rows();

        var units = visiblePurchasers(lines.stream().map(p -> p.value().purchaser()).distinct().toList(), scope);
        steps.checking(1, 3);
        var suppliers = catalog.suppliersByCreditCode(lines.stream().map(p -> p.value().supplier()).toList());
        var products = catalog.productsByCatalogNumber(lines.stream().map(p -> p.value().catalogNumber())
                .filter(java.util.Objects::nonNull).toList());

        var candidates = new ArrayList<Resolved>();
        for (var parsed : lines) {
            var resolved = resolve(parsed, units, suppliers, products, vocabulary, read, problems);
            if (resolved != null) {
                candidates.add(resolved);
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));

        steps.checking(2, 3);
        var stored = storedOrders(candidates);
        steps.checking(3, 3);
        var skipped = new ArrayList<String>();
        var toCreate = new ArrayList<Resolved>();
        for (var candidate : candidates) {
            if (stored.contains(candidate.line().key())) {
                skipped.add(candidate.line().orderNo());
            } else {
                toCreate.add(candidate);
            }
        }
        var already = batches.findByTypeAndFileSha256(ImportType.PURCHASES, read.sha256())
                .map(ImportBatch::toRow).orElse(null);
        var preview = new ImportPreview(fileName, read.sha256(), read.dataRows(), toCreate.size(), skipped, problems,
                read.layout().ignoredHeaders(), already);
        return new Analysis(preview, toCreate);
    }

    private static Resolved resolve(ImportFiles.Parsed<Line> parsed, Map<String, Unit> units,
                                    Map<String, SupplierRef> suppliers, Map<String, ProductRef> products,
                                    Vocabulary vocabulary, ImportFiles.Read<Line> read, List<ImportProblem> problems) {
        var line = parsed.value();
        var unit = units.get(line.purchaser());
        if (unit == null) {
            problems.add(read.problem(parsed, PURCHASER, line.purchaser(),
                    "purchasing.purchase.problem.purchaser-unknown"));
            return null;
        }
        var type = unit.type();
        boolean enterprise = type == PurchaserType.SOE || type == PurchaserType.PRIVATE_ENTERPRISE;
        if ((line.donation() || line.consignment()) && !enterprise) {
            problems.add(read.problem(parsed, line.donation() ? DONATION : CONSIGNMENT, "是",
                    "purchasing.purchase.problem.enterprises-only"));
            return null;
        }
        if (line.unionPurchase() && type != PurchaserType.BUDGET_UNIT && type != PurchaserType.UNION) {
            problems.add(read.problem(parsed, UNION, "是", "purchasing.purchase.problem.union-budget-units-only"));
            return null;
        }
        var supplier = suppliers.get(line.supplier());
        if (supplier == null) {
            problems.add(read.problem(parsed, SUPPLIER, line.supplier(),
                    "purchasing.purchase.problem.supplier-unknown"));
            return null;
        }
        if (supplier.blacklistedOn(line.date())) {
            problems.add(read.problem(parsed, SUPPLIER, line.supplier(),
                    "purchasing.purchase.problem.supplier-blacklisted", supplier.blacklistedOn().toString()));
            return null;
        }
        Long productId = null;
        if (line.catalogNumber() != null) {
            var product = products.get(line.catalogNumber());
            if (product == null) {
                problems.add(read.problem(parsed, CATALOG_NUMBER, line.catalogNumber(),
                        "purchasing.purchase.problem.product-unknown"));
                return null;
            }
            if (product.supplierId() != supplier.id()) {
                problems.add(read.problem(parsed, CATALOG_NUMBER, line.catalogNumber(),
                        "purchasing.purchase.problem.product-of-other-supplier"));
                return null;
            }
            productId = product.id();
        }
        var origin = line.origin() != null ? line.origin() : supplier.countyCode();
        if (!vocabulary.counties().contains(origin)) {
            problems.add(read.problem(parsed, ORIGIN, origin, "purchasing.purchase.problem.origin-unknown"));
            return null;
        }
        return new Resolved(parsed.sourceRow(), line, unit.id(), supplier.id(), productId, origin);
    }

    /** A purchaser as the import needs it: no entity, so 20,000 of them cost four light queries. */
    record Unit(long id, String code, PurchaserType type) {
    }

    /** The purchasers with these codes that the user may see, by code. */
    private Map<String, Unit> visiblePurchasers(List<String> codes, DataScope scope) {
        var units = new HashMap<String, Unit>();
        var visible = PurchaserSpecifications.matching(PurchaserFilter.ALL, scope);
        var cb = entityManager.getCriteriaBuilder();
        for (int from = 0; from < codes.size(); from += KEYS_PER_QUERY) {
            var chunk = codes.subList(from, Math.min(codes.size(), from + KEYS_PER_QUERY));
            var query = cb.createQuery(Unit.class);
            var root = query.from(Purchaser.class);
            query.select(cb.construct(Unit.class, root.get("id"), root.get("code"), root.get("type")))
                    .where(visible.toPredicate(root, query, cb), root.get("code").in(chunk));
            entityManager.createQuery(query).getResultList().forEach(unit -> units.put(unit.code(), unit));
        }
        return units;
    }

    /** The orders of the candidates that are already stored, as {@code channel/orderNo}. */
    private Set<String> storedOrders(List<Resolved> candidates) {
        var stored = new HashSet<String>();
        var byChannel = candidates.stream().collect(Collectors.groupingBy(r -> r.line().channel(),
                Collectors.mapping(r -> r.line().orderNo(), Collectors.toList())));
        byChannel.forEach((channel, orders) -> {
            for (int from = 0; from < orders.size(); from += KEYS_PER_QUERY) {
                var chunk = orders.subList(from, Math.min(orders.size(), from + KEYS_PER_QUERY));
                named.queryForList("SELECT order_no FROM purchase WHERE channel_code = :channel"
                                + " AND order_no IN (:orders)", Map.of("channel", channel, "orders", chunk),
                        String.class).forEach(order -> stored.add(channel + "/" + order));
            }
        });
        return stored;
    }

    private Vocabulary vocabulary() {
        var channels = new HashMap<String, String>();
        for (ChannelRow channel : reference.channels()) {
            channels.put(channel.code().toUpperCase(Locale.ROOT), channel.code());
            channels.put(channel.nameZh(), channel.code());
        }
        channels.put("832", DEFAULT_CHANNEL);
        channels.put("832平台", DEFAULT_CHANNEL);
        var categories = new HashMap<String, String>();
        for (CategoryRow category : reference.categories()) {
            categories.put(category.code().toUpperCase(Locale.ROOT), category.code());
            categories.put(category.nameZh(), category.code());
        }
        var counties = reference.findRegions(RegionFilter.ALL, Pageable.unpaged()).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY).map(RegionRow::code)
                .collect(Collectors.toUnmodifiableSet());
        return new Vocabulary(channels, categories, counties);
    }


    private static Line parse(RowReader r, Vocabulary vocabulary, LocalDate today) {
        var orderNo = r.text(ORDER_NO, 64);
        var date = r.date(DATE, EARLIEST, today);
        var purchaser = r.text(PURCHASER, 40);
        r.text(PURCHASER_NAME, 200);
        var supplierRaw = r.text(SUPPLIER, 40);
        String supplier = null;
        if (supplierRaw != null) {
            supplier = CreditCodes.normalize(supplierRaw);
            if (!CreditCodes.isValid(supplier)) {
                r.problem(SUPPLIER, supplierRaw, "purchasing.purchase.problem.credit-code-invalid");
            }
        }
        r.text(SUPPLIER_NAME, 200);
        var catalogNumber = r.text(CATALOG_NUMBER, 30);
        var product = r.text(PRODUCT, 200);
        String category = r.lookup(CATEGORY, t -> term(vocabulary.categories(), t),
                "purchasing.purchase.problem.category-unknown");
        var origin = r.text(ORIGIN, 6);
        var quantity = r.amount(QUANTITY);
        var amount = r.amount(AMOUNT);
        if (amount != null && amount.signum() == 0) {
            r.problem(AMOUNT, r.raw(AMOUNT), "purchasing.purchase.problem.amount-zero");
        } else if (amount != null && amount.compareTo(LARGEST_ORDER) > 0) {
            r.problem(AMOUNT, r.raw(AMOUNT), "purchasing.purchase.problem.amount-too-large");
        }
        PurchaseStatus status = r.lookup(STATUS, t -> ChineseTerm.parse(PurchaseStatus.class, t)
                .or(() -> statusAlias(t)), "purchasing.purchase.problem.status-unknown");
        var channelRaw = r.raw(CHANNEL);
        String channel = channelRaw == null || channelRaw.isBlank() ? DEFAULT_CHANNEL
                : r.lookup(CHANNEL, t -> term(vocabulary.channels(), t),
                "purchasing.purchase.problem.channel-unknown");
        var donation = r.lookup(DONATION, PurchaseImport::yesNo, "purchasing.purchase.problem.yes-no");
        var consignment = r.lookup(CONSIGNMENT, PurchaseImport::yesNo, "purchasing.purchase.problem.yes-no");
        var union = r.lookup(UNION, PurchaseImport::yesNo, "purchasing.purchase.problem.yes-no");
        if (!r.ok()) {
            return null;
        }
        return new Line(channel, orderNo, date, purchaser, supplier, catalogNumber, product, category, origin,
                quantity, amount, status, Boolean.TRUE.equals(donation), Boolean.TRUE.equals(consignment),
                Boolean.TRUE.equals(union));
    }

    private static Optional<String> term(Map<String, String> vocabulary, String text) {
        var value = text.strip();
        return Optional.ofNullable(vocabulary.getOrDefault(value, vocabulary.get(value.toUpperCase(Locale.ROOT))));
    }

    /** The words 832 and other platforms use for the same states. */
    private static Optional<PurchaseStatus> statusAlias(String text) {
        return Optional.ofNullable(switch (text.strip()) {
            case "交易完成", "已支付", "已结算", "已收货已付款" -> PurchaseStatus.COMPLETED;
            case "已收货", "已签收", "待付款" -> PurchaseStatus.ACCEPTED;
            case "待发货", "已发货", "待收货", "待验收" -> PurchaseStatus.PLACED;
            case "交易关闭", "已关闭" -> PurchaseStatus.CANCELLED;
            case "退款成功", "已退货" -> PurchaseStatus.REFUNDED;
            default -> null;
        });
    }

    private static Optional<Boolean> yesNo(String text) {
        return Optional.ofNullable(switch (text.strip()) {
            case "是", "Y", "y", "1", "√" -> Boolean.TRUE;
            case "否", "N", "n", "0", "" -> Boolean.FALSE;
            default -> null;
        });
    }
}
