package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatch;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserSpecifications;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShare;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;
import cn.gov.hlj.consumptionaid.shared.importing.ColumnSpec;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFiles;
import cn.gov.hlj.consumptionaid.shared.importing.ImportPreview;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.importing.ImportWorkbooks;
import cn.gov.hlj.consumptionaid.shared.importing.RowReader;
import cn.gov.hlj.consumptionaid.shared.jobs.ImportSteps;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports budget units' reserved shares (预留份额) of a year, in the same two steps as every import: a preview with
 * every problem, then a commit of all rows or none. Each row must name a budget unit that is stored and that the
 * importing user may see; the plan's rules apply (amount = budget × ratio to the cent, 无食堂 needs a remark, 共用
 * names the unit that files for it). A unit that already has a share for the year is skipped.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "')")
public class ReservedShareImport {

    static final ColumnSpec CODE = ColumnSpec.required("code", "单位编码", "231001001", "预算单位编码", "单位代码");
    static final ColumnSpec YEAR = ColumnSpec.required("year", "年度", "2026", "预算年度");
    static final ColumnSpec CANTEEN = ColumnSpec.required("canteen", "食堂情况", "有", "是否有食堂", "食堂");
    static final ColumnSpec BUDGET = ColumnSpec.required("budget", "食堂食材采购预算（元）", "1000000.00",
            "年度食堂食材采购预算", "食材采购预算", "食堂食材预算（元）", "食材预算");
    static final ColumnSpec RATIO = ColumnSpec.required("ratio", "预留比例（%）", "10", "预留比例", "预留比例(%)");
    static final ColumnSpec AMOUNT = ColumnSpec.required("amount", "预留金额（元）", "100000.00", "预留份额",
            "预留金额", "预留份额（元）");
    static final ColumnSpec UNION = ColumnSpec.optional("union", "工会采购需求（元）", "", "工会采购需求");
    static final ColumnSpec FILED_BY = ColumnSpec.optional("filedBy", "共用食堂申报单位编码", "",
            "申报单位编码", "共用单位编码");
    static final ColumnSpec REMARKS = ColumnSpec.optional("remarks", "备注", "", "说明");

    public static final List<ColumnSpec> COLUMNS = List.of(CODE, YEAR, CANTEEN, BUDGET, RATIO, AMOUNT, UNION,
            FILED_BY, REMARKS);

    private final PurchaserRepository purchasers;
    private final ReservedShareRepository shares;
    private final ImportBatchRepository batches;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReservedShareImport(PurchaserRepository purchasers, ReservedShareRepository shares,
                        ImportBatchRepository batches, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.purchasers = purchasers;
        this.shares = shares;
        this.batches = batches;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record Line(String code, int year, CanteenSituation canteen, BigDecimal budget, BigDecimal ratio,
                BigDecimal amount, BigDecimal unionNeed, String filedBy, String remarks) {
    }

    private record Analysis(ImportPreview preview, List<ImportFiles.Parsed<Line>> toCreate,
                            Map<String, Purchaser> units) {
    }

    public byte[] template(ImportWorkbooks.Texts texts) {
        return ImportWorkbooks.template("预留份额", COLUMNS, texts);
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        return preview(fileName, content, Progress.NONE);
    }

    /** {@link #preview(String, byte[])} as a job: reports reading and checking, stops when cancelled. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, Progress progress) {
        return analyse(fileName, content, new ImportSteps(progress)).preview();
    }

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
        var batch = batches.save(new ImportBatch(ImportType.RESERVED_SHARES, user.departmentCode(), fileName,
                preview.fileSha256(), content.length, preview.rowsInFile(), user.username(), LocalDateTime.now(clock)));
        int written = 0;
        int total = analysis.toCreate().size();
        for (var parsed : analysis.toCreate()) {
            steps.writing(written++, total);
            var line = parsed.value();
            shares.save(new ReservedShare(analysis.units().get(line.code()), line.year(), line.canteen(),
                    line.budget(), line.ratio(), line.amount(), line.unionNeed(),
                    line.filedBy() == null ? null : analysis.units().get(line.filedBy()), line.remarks(), batch,
                    parsed.sourceRow()));
        }
        batch.completed(analysis.toCreate().size(), preview.skippedKeys().size());
        events.publishEvent(new ReservedSharesImported(batch.getId(), total));
        steps.writing(total, total);
        return new ImportResult(batch.toRow(), analysis.toCreate().size(), preview.skippedKeys().size(),
                false);
    }

    private Analysis analyse(String fileName, byte[] content, ImportSteps steps) {
        var scope = currentUser.require().scope();
        int thisYear = LocalDateTime.now(clock).getYear();
        int[] rowsRead = {0};
        var read = ImportFiles.read(fileName, content, COLUMNS, reader -> {
                    steps.read(++rowsRead[0]);
                    return parse(reader, thisYear);
                }, line -> line.code() + "/" + line.year(), CODE,
                "purchasing.reserved-share.problem.duplicate-in-file");
        steps.checking(0, 1);
        var problems = read.problems();
        var codes = read.rows().stream().flatMap(r -> Stream.of(r.value().code(), r.value().filedBy()))
                .filter(Objects::nonNull).distinct().toList();
        var visible = codes.isEmpty() ? Map.<String, Purchaser>of() : purchasers.findAll(
                        PurchaserSpecifications.matching(PurchaserFilter.ALL, scope)
                                .and((root, query, cb) -> root.get("code").in(codes))).stream()
                .collect(Collectors.toMap(Purchaser::getCode, Function.identity()));
        var candidates = new ArrayList<ImportFiles.Parsed<Line>>();
        for (var parsed : read.rows()) {
            var line = parsed.value();
            var unit = visible.get(line.code());
            if (unit == null) {
                problems.add(read.problem(parsed, CODE, line.code(), "purchasing.reserved-share.problem.unit-unknown"));
                continue;
            }
            if (unit.toRow().type() != PurchaserType.BUDGET_UNIT) {
                problems.add(read.problem(parsed, CODE, line.code(),
                        "purchasing.reserved-share.problem.not-a-budget-unit"));
                continue;
            }
            if (line.filedBy() != null && !visible.containsKey(line.filedBy())) {
                problems.add(read.problem(parsed, FILED_BY, line.filedBy(),
                        "purchasing.reserved-share.problem.filer-unknown"));
                continue;
            }
            candidates.add(parsed);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        var skipped = new ArrayList<String>();
        var toCreate = new ArrayList<ImportFiles.Parsed<Line>>();
        candidates.stream().collect(Collectors.groupingBy(p -> p.value().year())).forEach((year, rows) -> {
            var existing = new HashSet<>(shares.findCodesWithShare(year,
                    rows.stream().map(p -> p.value().code()).toList()));
            for (var row : rows) {
                if (existing.contains(row.value().code())) {
                    skipped.add(row.value().code() + "/" + year);
                } else {
                    toCreate.add(row);
                }
            }
        });
        toCreate.sort(Comparator.comparingInt(ImportFiles.Parsed::sourceRow));
        var already = batches.findByTypeAndFileSha256(ImportType.RESERVED_SHARES, read.sha256())
                .map(ImportBatch::toRow).orElse(null);
        var preview = new ImportPreview(fileName, read.sha256(), read.dataRows(), toCreate.size(), skipped, problems,
                read.layout().ignoredHeaders(), already);
        steps.checking(1, 1);
        return new Analysis(preview, toCreate, visible);
    }


    private static Line parse(RowReader r, int thisYear) {
        var code = r.text(CODE, 40);
        var year = r.count(YEAR, thisYear + 1);
        if (year != null && year < 2016) {
            r.problem(YEAR, r.raw(YEAR), "purchasing.reserved-share.problem.year-range", thisYear + 1);
        }
        CanteenSituation canteen = r.lookup(CANTEEN, t -> ChineseTerm.parse(CanteenSituation.class, t),
                "purchasing.import.problem.canteen-unknown");
        var budget = r.amount(BUDGET);
        var ratio = r.percent(RATIO);
        var amount = r.amount(AMOUNT);
        var union = r.amount(UNION);
        var filedBy = r.text(FILED_BY, 40);
        var remarks = r.text(REMARKS, 500);
        if (!r.ok()) {
            return null;
        }
        var rule = ReservedShare.violation(canteen, budget, ratio, amount, remarks, filedBy, code);
        if (rule != null) {
            var column = switch (rule) {
                case "purchasing.reserved-share.rule.ratio-range" -> RATIO;
                case "purchasing.reserved-share.rule.amount-mismatch" -> AMOUNT;
                case "purchasing.reserved-share.rule.no-canteen-needs-remark" -> REMARKS;
                default -> FILED_BY;
            };
            r.problem(column, r.raw(column), rule, ReservedShare.expectedAmount(budget, ratio).toPlainString());
            return null;
        }
        return new Line(code, year, canteen, budget, ratio, amount, union, filedBy, remarks);
    }
}
