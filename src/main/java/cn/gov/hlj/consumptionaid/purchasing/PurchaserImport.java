package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatch;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserSpecifications;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Imports purchasers (budget units with their schools and hospitals, SOEs, private enterprises, unions, social
 * organisations) from .xlsx or CSV in two steps: {@link #preview} lists what would happen and every problem by row and
 * column; {@link #commit} writes the whole file or nothing. Importing is idempotent: the same file again writes
 * nothing and says which batch brought it in; a file that overlaps earlier ones skips the purchasers whose code is
 * already stored. A task-force member may import only the purchasers their department sees (finance budget units,
 * education schools …) within their region.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "')")
public class PurchaserImport {

    static final ColumnSpec CODE = ColumnSpec.required("code", "单位编码", "231001001",
            "预算单位编码", "单位代码", "统一社会信用代码", "编码");
    static final ColumnSpec NAME = ColumnSpec.required("name", "单位名称", "黑龙江省教育厅机关食堂",
            "预算单位名称", "企业名称", "名称");
    static final ColumnSpec TYPE = ColumnSpec.required("type", "采购人类型", "预算单位", "单位类型", "类型");
    static final ColumnSpec KIND = ColumnSpec.optional("kind", "单位性质", "机关", "预算单位类别", "单位类别");
    static final ColumnSpec SCHOOL = ColumnSpec.optional("school", "学校类型", "", "学段");
    static final ColumnSpec LEVEL = ColumnSpec.optional("level", "级次", "省级", "单位级次", "预算级次");
    static final ColumnSpec DEPARTMENT = ColumnSpec.optional("department", "主管部门", "省教育厅",
            "主管部门名称", "主管部门代码");
    static final ColumnSpec SUPERVISOR = ColumnSpec.optional("supervisor", "上级单位编码", "",
            "上级主管单位编码", "上级单位代码");
    static final ColumnSpec REGION = ColumnSpec.required("region", "所在地区", "230000",
            "所在地区代码", "行政区划代码", "区划代码", "地区代码", "所在地");
    static final ColumnSpec CANTEEN = ColumnSpec.optional("canteen", "食堂情况", "有", "是否有食堂", "食堂");
    static final ColumnSpec PAIRED = ColumnSpec.optional("paired", "结对帮扶县", "", "结对县", "结对帮扶县代码");

    public static final List<ColumnSpec> COLUMNS = List.of(CODE, NAME, TYPE, KIND, SCHOOL, LEVEL, DEPARTMENT,
            SUPERVISOR, REGION, CANTEEN, PAIRED);

    private final PurchaserRepository purchasers;
    private final ImportBatchRepository batches;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PurchaserImport(PurchaserRepository purchasers, ImportBatchRepository batches, ReferenceService reference,
                    CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.purchasers = purchasers;
        this.batches = batches;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The downloadable template: headers, an example row and a help sheet. */
    public byte[] template(ImportWorkbooks.Texts texts) {
        return ImportWorkbooks.template("采购人", COLUMNS, texts);
    }

    /** Reads and checks the file and says what a commit would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        return preview(fileName, content, Progress.NONE);
    }

    /** {@link #preview(String, byte[])} as a job: reports reading and checking, stops when cancelled. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, Progress progress) {
        return analyse(fileName, content, new ImportSteps(progress)).preview;
    }

    /**
     * Writes the purchasers of the file, all or none, with a batch that records the file and its outcome. Refused with
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
        var preview = analysis.preview;
        var already = preview.refuseOrAlreadyImported();
        if (already.isPresent()) {
            return already.get();
        }
        var user = currentUser.require();
        var batch = batches.save(new ImportBatch(ImportType.PURCHASERS, user.departmentCode(), fileName,
                preview.fileSha256(), content.length, preview.rowsInFile(), user.username(), LocalDateTime.now(clock)));
        var created = new HashMap<String, Purchaser>();
        int total = analysis.toCreate.size();
        for (var candidate : analysis.toCreate) {
            steps.writing(created.size(), total);
            created.put(candidate.row().code(),
                    purchasers.save(new Purchaser(candidate.row(), null, batch, candidate.sourceRow())));
        }
        // Supervising units may come later in the file than the units they supervise: link them once all exist.
        for (var candidate : analysis.toCreate) {
            var supervisor = candidate.row().supervisingUnitCode();
            if (supervisor != null) {
                var unit = created.containsKey(supervisor) ? created.get(supervisor)
                        : purchasers.findByCode(supervisor).orElseThrow();
                created.get(candidate.row().code()).reportTo(unit);
            }
        }
        batch.completed(analysis.toCreate.size(), preview.skippedKeys().size());
        events.publishEvent(new PurchasersImported(batch.getId(), total));
        steps.writing(total, total);
        return new ImportResult(batch.toRow(), analysis.toCreate.size(), preview.skippedKeys().size(), false);
    }

    private record Candidate(int sourceRow, PurchaserRow row) {
    }

    private record Analysis(ImportPreview preview, List<Candidate> toCreate) {
    }

    private Analysis analyse(String fileName, byte[] content, ImportSteps steps) {
        var scope = currentUser.require().scope();
        var lookups = new Lookups(reference);
        int[] rowsRead = {0};
        var read = ImportFiles.read(fileName, content, COLUMNS, reader -> {
                    steps.read(++rowsRead[0]);
                    return parse(reader, lookups, scope);
                }, PurchaserRow::code, CODE, "purchasing.import.problem.duplicate-in-file");
        steps.checking(0, 1);
        var problems = read.problems();
        var candidates = read.rows().stream().map(r -> new Candidate(r.sourceRow(), r.value())).toList();
        var codes = candidates.stream().map(c -> c.row().code()).toList();
        var existing = new HashSet<>(codes.isEmpty() ? List.<String>of() : purchasers.findExistingCodes(codes));
        var inFile = new HashSet<>(codes);
        var supervisorCodes = candidates.stream().map(c -> c.row().supervisingUnitCode()).filter(Objects::nonNull)
                .distinct().toList();
        var supervisorsInDb = new HashSet<>(supervisorCodes.isEmpty() ? List.<String>of()
                : purchasers.findExistingCodes(supervisorCodes));
        for (var candidate : candidates) {
            var supervisor = candidate.row().supervisingUnitCode();
            if (supervisor != null && !inFile.contains(supervisor) && !supervisorsInDb.contains(supervisor)) {
                problems.add(new ImportProblem(candidate.sourceRow(), read.layout().headerInFile(SUPERVISOR),
                        supervisor, "purchasing.import.problem.supervisor-unknown"));
            }
            if (candidate.row().code().equals(supervisor)) {
                problems.add(new ImportProblem(candidate.sourceRow(), read.layout().headerInFile(SUPERVISOR),
                        supervisor, "purchasing.import.problem.supervisor-self"));
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        var toCreate = candidates.stream().filter(c -> !existing.contains(c.row().code())).toList();
        var already = batches.findByTypeAndFileSha256(ImportType.PURCHASERS, read.sha256()).map(ImportBatch::toRow)
                .orElse(null);
        var preview = new ImportPreview(fileName, read.sha256(), read.dataRows(), toCreate.size(),
                codes.stream().filter(existing::contains).toList(), problems, read.layout().ignoredHeaders(),
                already);
        steps.checking(1, 1);
        return new Analysis(preview, toCreate);
    }

    private static PurchaserRow parse(RowReader r, Lookups lookups, DataScope scope) {
        var code = r.text(CODE, 40);
        var name = r.text(NAME, 200);
        PurchaserType type = r.lookup(TYPE, t -> ChineseTerm.parse(PurchaserType.class, t),
                "purchasing.import.problem.type-unknown");
        BudgetUnitKind kind = r.lookup(KIND, t -> ChineseTerm.parse(BudgetUnitKind.class, t),
                "purchasing.import.problem.kind-unknown");
        SchoolType school = r.lookup(SCHOOL, t -> ChineseTerm.parse(SchoolType.class, t),
                "purchasing.import.problem.school-unknown");
        AdministrativeLevel level = r.lookup(LEVEL, t -> ChineseTerm.parse(AdministrativeLevel.class,
                t.endsWith("级") ? t : t + "级"), "purchasing.import.problem.level-unknown");
        String department = r.lookup(DEPARTMENT, lookups::department, "purchasing.import.problem.department-unknown");
        String supervisor = r.text(SUPERVISOR, 40);
        RegionRow region = r.lookup(REGION, lookups::region, "purchasing.import.problem.region-unknown");
        CanteenSituation canteen = r.lookup(CANTEEN, t -> ChineseTerm.parse(CanteenSituation.class, t),
                "purchasing.import.problem.canteen-unknown");
        RegionRow paired = r.lookup(PAIRED, lookups::povertyCounty, "purchasing.import.problem.paired-unknown");
        if (type == PurchaserType.BUDGET_UNIT) {
            if (kind == null && r.raw(KIND).isEmpty()) {
                r.problem(KIND, null, "purchasing.import.problem.budget-unit-needs", KIND.header());
            }
            if (level == null && r.raw(LEVEL).isEmpty()) {
                r.problem(LEVEL, null, "purchasing.import.problem.budget-unit-needs", LEVEL.header());
            }
        } else if (type != null && (kind != null || level != null)) {
            r.problem(kind != null ? KIND : LEVEL, kind != null ? r.raw(KIND) : r.raw(LEVEL),
                    "purchasing.import.problem.only-budget-units");
        }
        if (kind == BudgetUnitKind.SCHOOL && school == null && r.raw(SCHOOL).isEmpty()) {
            r.problem(SCHOOL, null, "purchasing.import.problem.school-needs-type");
        } else if (kind != BudgetUnitKind.SCHOOL && school != null) {
            r.problem(SCHOOL, r.raw(SCHOOL), "purchasing.import.problem.only-schools");
        }
        if (paired != null && type != null && type != PurchaserType.SOE) {
            r.problem(PAIRED, r.raw(PAIRED), "purchasing.import.problem.only-soes-paired");
        }
        if (region != null && !scope.coversRegion(region.code())) {
            r.problem(REGION, r.raw(REGION), "purchasing.import.problem.region-outside-scope");
        }
        if (type != null && !scope.allDepartments() && scope.departments().stream()
                .noneMatch(d -> PurchaserSpecifications.inLens(d, type, kind, department))) {
            r.problem(TYPE, r.raw(TYPE), "purchasing.import.problem.outside-department");
        }
        if (!r.ok()) {
            return null;
        }
        return new PurchaserRow(code, name, type, kind, school, level, department, supervisor, region.code(), canteen,
                paired == null ? null : paired.code(), null, null);
    }

    /** Reference data for one import, loaded once: departments and regions by code or Chinese name. */
    private static final class Lookups {

        private final Map<String, String> departments = new HashMap<>();
        private final Map<String, RegionRow> regionsByCode = new LinkedHashMap<>();
        private final Map<String, List<RegionRow>> regionsByName;

        Lookups(ReferenceService reference) {
            for (DepartmentRow department : reference.departments()) {
                departments.put(department.code(), department.code());
                departments.put(department.nameZh(), department.code());
                departments.put(department.nameZh().replaceFirst("^省", ""), department.code());
            }
            reference.findRegions(RegionFilter.ALL,
                    Pageable.unpaged()).forEach(r -> regionsByCode.put(r.code(), r));
            regionsByName = regionsByCode.values().stream().collect(Collectors.groupingBy(RegionRow::nameZh));
        }

        Optional<String> department(String text) {
            return Optional.ofNullable(departments.get(text));
        }

        /** A region by its code, or by its Chinese name where only one region has it (向阳区 exists twice). */
        Optional<RegionRow> region(String text) {
            var byCode = regionsByCode.get(text);
            if (byCode != null) {
                return Optional.of(byCode);
            }
            var named = regionsByName.getOrDefault(text, List.of());
            return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
        }

        Optional<RegionRow> povertyCounty(String text) {
            return region(text).filter(r -> r.level() == RegionLevel.COUNTY && r.povertyCounty());
        }
    }
}
