package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.shared.jobs.ImportSteps;
import cn.gov.hlj.consumptionaid.shared.jobs.JobCancelledException;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class SalesImportTest {

    static final String HEADER = "渠道,流水号,销售日期,产品名称,目录编号,品类,地区代码,购买方类型,购买方省份,数量,单位,金额（元）\n";

    @Autowired
    SalesImport imports;
    @Autowired
    SalesService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    @AfterEach
    void signOut() {
        holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    private long sales() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class);
    }

    private long batches() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sales_import_batch", Long.class);
    }

    @Test
    @WithUserDetails("commerce")
    void commerce_previews_and_commits_a_gbk_csv_and_finds_each_row_with_its_batch_and_source_row() {
        var rice = SalesTestData.catalogProduct(jdbc, "230129", "延寿大米", "RICE");
        var no = SalesTestData.unique("ZG-");
        var file = (HEADER
                + "消费扶贫专柜," + no + "-1,2025-03-01,延寿大米 5kg/袋," + rice.catalogNumber() + ",大米,,个人,,2,袋,136.00\n"
                + "CONSUMPTION_AID_HALL," + no + "-2,2025/3/2,方正黑木耳,,食用菌,230124,企业,广东省,\"1,000\",袋,\"58,000.00\"\n"
                + "哈洽会," + no + "-3,2025年6月16日,五常大米,,RICE,五常市,机关事业单位,440000,300,袋,36000\n")
                .getBytes(Charset.forName("GBK"));
        long before = sales();

        var preview = imports.preview("2025专柜销售.csv", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsInFile()).isEqualTo(3);
        assertThat(preview.rowsToCreate()).isEqualTo(3);
        assertThat(preview.canCommit()).isTrue();
        assertThat(sales()).as("a preview writes nothing").isEqualTo(before);

        var result = imports.commit("2025专柜销售.csv", file);
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.skipped()).isZero();
        assertThat(result.batch().departmentCode()).isEqualTo("COMMERCE");
        assertThat(result.batch().importedBy()).isEqualTo("commerce");
        assertThat(sales()).isEqualTo(before + 3);
        assertThat(events.stream(SalesImported.class))
                .containsExactly(new SalesImported(result.batch().id(), 3));

        var rows = service.list(SaleFilter.ALL.withImportBatch(result.batch().id()), Pageable.unpaged());
        assertThat(rows).extracting(SaleRow::recordNo).containsExactly(no + "-3", no + "-2", no + "-1");
        var counter = rows.get(2);
        assertThat(counter.channelCode()).isEqualTo("CONSUMPTION_AID_COUNTER");
        assertThat(counter.productId()).isEqualTo(rice.id());
        assertThat(counter.supplierId()).isEqualTo(rice.producerId());
        assertThat(counter.regionCode()).as("the product's county when the file names none").isEqualTo("230129");
        assertThat(counter.buyerType()).isEqualTo(BuyerType.INDIVIDUAL);
        assertThat(counter.sourceRow()).isEqualTo(2);
        var hall = rows.get(1);
        assertThat(hall.amount()).isEqualByComparingTo("58000.00");
        assertThat(hall.quantity()).isEqualByComparingTo("1000");
        assertThat(hall.buyerProvinceCode()).isEqualTo("440000");
        assertThat(hall.categoryCode()).isEqualTo("EDIBLE_FUNGI");
        assertThat(hall.sourceRow()).isEqualTo(3);
        var fair = rows.get(0);
        assertThat(fair.channelCode()).isEqualTo("HARBIN_TRADE_FAIR");
        assertThat(fair.saleDate()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(fair.regionCode()).isEqualTo("230184");
        assertThat(service.total(SaleFilter.ALL.withImportBatch(result.batch().id())))
                .isEqualTo(new SalesTotal(3, new java.math.BigDecimal("94136.00")));
        assertThat(service.batch(result.batch().id())).contains(result.batch());
    }

    @Test
    @WithUserDetails("commerce")
    void the_same_file_again_adds_nothing_and_an_overlapping_file_skips_what_is_stored() {
        var no = SalesTestData.unique("ZQ-");
        var file = (HEADER + "CONSUMPTION_AID_ZONE," + no + "-1,2025-05-01,大米,,大米,230129,个人,,1,袋,50\n")
                .getBytes(StandardCharsets.UTF_8);
        var first = imports.commit("专区.csv", file);
        assertThat(first.created()).isEqualTo(1);
        long before = sales();
        long batchesBefore = batches();

        var preview = imports.preview("专区（再次）.csv", file);
        assertThat(preview.alreadyImportedAs()).isEqualTo(first.batch());
        assertThat(preview.canCommit()).isFalse();
        var again = imports.commit("专区（再次）.csv", file);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(again.batch().id()).isEqualTo(first.batch().id());
        assertThat(sales()).isEqualTo(before);
        assertThat(batches()).isEqualTo(batchesBefore);

        var overlap = (HEADER + "CONSUMPTION_AID_ZONE," + no + "-1,2025-05-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "消费扶贫专区," + no + "-2,2025-05-02,大米,,大米,230129,个人,,1,袋,50\n")
                .getBytes(StandardCharsets.UTF_8);
        var overlapPreview = imports.preview("专区补报.csv", overlap);
        assertThat(overlapPreview.skippedKeys()).containsExactly("CONSUMPTION_AID_ZONE/" + no + "-1");
        assertThat(overlapPreview.rowsToCreate()).isEqualTo(1);
        var result = imports.commit("专区补报.csv", overlap);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(sales()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT rows_skipped FROM sales_import_batch WHERE id = ?", Integer.class,
                result.batch().id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("cyberspace")
    void cyberspace_imports_an_xlsx_export_with_other_headers_and_real_date_and_number_cells() {
        var no = SalesTestData.unique("JD-");
        var header = List.of("销售平台", "订单号", "日期", "商品名称", "所属品类", "产地", "买方类型", "收货省份", "销售数量",
                "计量单位", "销售金额（元）", "备注");
        var file = SalesTestData.xlsx(header, List.of(
                List.of("京东", no + "-1", LocalDate.of(2025, 11, 11), "泰来小米", "杂粮", "230224", "个人", "北京", 3,
                        "袋", 89.7, "双十一"),
                List.of("832平台", no + "-2", LocalDate.of(2025, 9, 20), "龙江县鲜食玉米", "CORN", "龙江县", "机关", "黑龙江", 120,
                        "箱", 4680, "")));

        var preview = imports.preview("京东与832.xlsx", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredHeaders()).containsExactly("备注");
        var result = imports.commit("京东与832.xlsx", file);
        assertThat(result.created()).isEqualTo(2);

        var rows = service.list(SaleFilter.ALL.withImportBatch(result.batch().id()), Pageable.unpaged());
        assertThat(rows).extracting(SaleRow::channelCode).containsExactly("JD", "PLATFORM_832");
        assertThat(rows.getFirst().saleDate()).isEqualTo(LocalDate.of(2025, 11, 11));
        assertThat(rows.getFirst().amount()).isEqualByComparingTo("89.70");
        assertThat(rows.getFirst().buyerProvinceCode()).isEqualTo("110000");
        assertThat(rows.get(1).buyerType()).isEqualTo(BuyerType.PUBLIC_INSTITUTION);
        assertThat(rows.get(1).regionCode()).isEqualTo("230221");
    }

    @Test
    @WithUserDetails("commerce")
    void every_bad_row_is_named_with_its_reason_and_the_file_writes_nothing() {
        var no = SalesTestData.unique("BAD-");
        var future = LocalDate.now().plusDays(10);
        var file = (HEADER
                + "未知渠道," + no + "-2,2025-03-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-3,2025-03-01,大米,,大米,123456,个人,,1,袋,50\n"
                + "专柜," + no + "-4,2025-03-01,大米,,石油,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-5,2025-13-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-6," + future + ",大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-7,2025-03-01,大米,,大米,230129,个人,,1,袋,-5\n"
                + "专柜," + no + "-8,2025-03-01,大米,,大米,230129,个人,,1,袋,200000000\n"
                + "专柜," + no + "-9,2025-03-01,大米,,大米,230129,个人,,1,袋,0\n"
                + "专柜," + no + "-10,2025-03-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "消费扶贫专柜," + no + "-10,2025-03-02,大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-12,2025-03-01,大米,NO-SUCH-NUMBER,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-13,2025-03-01,大米,,大米,230129,个人,,很多,袋,50\n"
                + "专柜," + no + "-14,2025-03-01,大米,,大米,230129,外星人,,1,袋,50\n"
                + "专柜," + no + "-15,2025-03-01,大米,,大米,230129,个人,火星,1,袋,50\n"
                + "京东," + no + "-16,2025-03-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-17,2025-03-01,大米,,大米,,个人,,1,袋,50\n").getBytes(StandardCharsets.UTF_8);
        long before = sales();
        long batchesBefore = batches();

        var preview = imports.preview("有问题.csv", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        Tuple.tuple(2, "渠道", "sales.import.problem.channel-unknown"),
                        Tuple.tuple(3, "地区代码", "sales.import.problem.region-unknown"),
                        Tuple.tuple(4, "品类", "sales.import.problem.category-unknown"),
                        Tuple.tuple(5, "销售日期", "shared.import.problem.not-a-date"),
                        Tuple.tuple(6, "销售日期", "shared.import.problem.date-out-of-range"),
                        Tuple.tuple(7, "金额（元）", "shared.import.problem.negative"),
                        Tuple.tuple(8, "金额（元）", "sales.import.problem.amount-too-large"),
                        Tuple.tuple(9, "金额（元）", "sales.import.problem.amount-zero"),
                        Tuple.tuple(11, "流水号", "sales.import.problem.duplicate-in-file"),
                        Tuple.tuple(12, "目录编号", "sales.import.problem.catalog-unknown"),
                        Tuple.tuple(13, "数量", "sales.import.problem.not-a-quantity"),
                        Tuple.tuple(14, "购买方类型", "sales.import.problem.buyer-type-unknown"),
                        Tuple.tuple(15, "购买方省份", "sales.import.problem.province-unknown"),
                        Tuple.tuple(16, "渠道", "sales.import.problem.outside-lens"),
                        Tuple.tuple(17, "地区代码", "sales.import.problem.region-required"));
        assertThat(preview.problems().get(8).arguments()).containsExactly(10);
        assertThat(preview.canCommit()).isFalse();

        assertThatThrownBy(() -> imports.commit("有问题.csv", file))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.getProblems()).hasSize(15));
        assertThat(sales()).isEqualTo(before);
        assertThat(batches()).isEqualTo(batchesBefore);
        assertThat(events.stream(SalesImported.class)).isEmpty();
    }

    @Test
    @WithUserDetails("commerce")
    void a_file_without_a_required_column_is_refused_as_a_whole() {
        var file = "渠道,流水号,销售日期,产品名称\n专柜,X-1,2025-03-01,大米\n".getBytes(StandardCharsets.UTF_8);
        long before = sales();
        assertThatThrownBy(() -> imports.commit("缺列.csv", file))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("shared.import.error.missing-columns");
                    assertThat(e.getArguments()[0].toString()).contains("品类", "数量", "单位", "金额（元）");
                });
        assertThat(sales()).isEqualTo(before);
    }

    @Test
    void a_city_member_imports_only_rows_of_their_city() {
        SalesTestData.signIn(holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
                "harbin-commerce", "COMMERCE", "230100", "DEPARTMENT_MEMBER");
        var no = SalesTestData.unique("HRB-");
        var file = (HEADER + "专柜," + no + "-1,2025-03-01,大米,,大米,230129,个人,,1,袋,50\n"
                + "专柜," + no + "-2,2025-03-01,大米,,大米,230221,个人,,1,袋,50\n").getBytes(StandardCharsets.UTF_8);

        var preview = imports.preview("哈尔滨.csv", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::value, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "230221", "sales.import.problem.region-outside-scope"));
    }

    @Test
    @WithUserDetails("commerce")
    void a_commit_reports_reading_checking_and_writing_and_a_cancel_while_writing_writes_nothing() {
        var no = SalesTestData.unique("JOB-");
        var csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1500; i++) {
            csv.append("专柜,").append(no).append('-').append(i).append(",2025-05-01,延寿大米,,大米,230129,个人,,1,袋,68\n");
        }
        var file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long salesBefore = sales();
        long batchesBefore = batches();

        // The user cancels once the first thousand rows are written: the whole commit rolls back.
        assertThatThrownBy(() -> imports.commit("作业.csv", file, (fraction, step, args) -> {
            if (step.equals(ImportSteps.WRITING) && (int) args[0] >= 1000) {
                throw new JobCancelledException();
            }
        })).isInstanceOf(JobCancelledException.class);
        assertThat(sales()).isEqualTo(salesBefore);
        assertThat(batches()).isEqualTo(batchesBefore);

        var steps = new ArrayList<String>();
        var fractions = new ArrayList<Double>();
        var result = imports.commit("作业.csv", file, (fraction, step, args) -> {
            steps.add(step);
            fractions.add(fraction);
        });
        assertThat(result.created()).isEqualTo(1500);
        assertThat(sales()).isEqualTo(salesBefore + 1500);
        assertThat(steps.stream().distinct().toList())
                .containsExactly(ImportSteps.READING, ImportSteps.CHECKING, ImportSteps.WRITING);
        var known = fractions.stream().filter(f -> f >= 0).toList();
        assertThat(known).isSorted();
        assertThat(known.getLast()).isEqualTo(1.0);
    }

    @Test
    @WithUserDetails("finance")
    void a_department_without_a_sales_lens_imports_nothing() {
        var file = (HEADER + "PLATFORM_832,F-1,2025-03-01,大米,,大米,230129,机关事业单位,,1,袋,50\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.preview("财政.csv", file).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("sales.import.problem.outside-lens");
        assertThat(service.lens().isEmpty()).isTrue();
        assertThat(service.count(SaleFilter.ALL)).isZero();
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_can_neither_import_nor_read_sales() {
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[] {1}))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.count(SaleFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_reads_sales_but_cannot_import() {
        assertThat(service.lens().everything()).isTrue();
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[] {1}))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
