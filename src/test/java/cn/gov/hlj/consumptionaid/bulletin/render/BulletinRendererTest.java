package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress template renders a bulletin as PDF with the CJK font embedded (checked with poppler's {@code pdffonts}
 * and {@code pdftotext}: the Chinese text, region names and figures come back), and as DOCX and XLSX.
 */
class BulletinRendererTest {

    private final BulletinRenderer renderer = new BulletinRenderer(new PortalI18NProvider());

    @TempDir
    Path dir;

    @Test
    void a_pdf_embeds_the_chinese_font_and_gives_back_the_chinese_text_region_names_and_figures() throws Exception {
        var data = SampleBulletins.provincial(13);
        var pdf = dir.resolve("bulletin.pdf");
        Files.write(pdf, renderer.render(data).get(BulletinFormat.PDF));
        Files.copy(pdf, Path.of("target/bulletin-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        var fonts = run("pdffonts", pdf.toString());
        // sans for the cover, headings and tables; serif for the body paragraphs
        assertThat(fonts).contains("WenQuanYiMicroHei", "NotoSerifCJKsc-Regular");
        // every font line of pdffonts says "yes" in the emb column
        var fontLines = fonts.lines().skip(2).toList();
        assertThat(fontLines).isNotEmpty().allSatisfy(line -> assertThat(line).containsPattern("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));

        var text = run("pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("全省消费扶贫工作进展情况通报", "2026年第10期", "黑龙江省消费扶贫行动领导小组办公室",
                "截至2026年10月31日", "哈尔滨市", "齐齐哈尔市", "大兴安岭地区", "预算单位预留份额完成情况", "合计",
                "省教育厅", "832平台", "工作动态", "存在问题", "下步工作");
        // long names wrap inside their cell
        assertThat(text.replaceAll("\\s", "")).contains("黑龙江省建设投资集团有限公司", "各市持续推进预算单位预留份额采购");
        assertThat(text).doesNotContain("典型经验做法");
        // 哈尔滨市: reserved 50,000.00 yuan = 5.00 万元, completed 3.00 万元, rate 60.00
        assertThat(text).containsPattern("哈尔滨市\\s+100\\s+5\\.00\\s+3\\.00\\s+60\\.00\\s+0");
    }

    @Test
    void the_soe_bulletin_pdf_gives_back_enterprise_and_region_names_its_figures_and_the_trend() throws Exception {
        var pdf = dir.resolve("soe.pdf");
        Files.write(pdf, renderer.render(SampleBulletins.soe()).get(BulletinFormat.PDF));
        Files.copy(pdf, Path.of("target/bulletin-soe-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("pdffonts", pdf.toString())).contains("WenQuanYiMicroHei", "NotoSerifCJKsc-Regular");
        var text = run("pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("全省国有企业消费扶贫采购情况通报", "2026年第3期", "截至2026年10月31日",
                "国有企业采购金额排名", "国有企业以购代捐排名", "各地区国有企业参与情况", "逐月采购情况",
                "龙江森工集团", "北大荒农垦集团有限公司", "哈尔滨市", "大兴安岭地区", "2026-10", "工作动态");
        // 纳入统计 312 家, 187 家参与, 12,345.68 万元 purchases, 2,345.68 万元 以购代捐
        assertThat(text.replaceAll("\\s", "")).contains("纳入统计的国有企业312家，其中187家",
                "采购扶贫产品12,345.68万元，以购代捐2,345.68万元");
        assertThat(text).containsPattern("龙江森工集团\\s+1\\s+4,567\\.89");
        assertThat(text).containsPattern("哈尔滨市\\s+120\\s+80\\s+6,000\\.00\\s+1,000\\.00");
        assertThat(text).containsPattern("合计\\s+312\\s+187\\s+12,345\\.68\\s+2,345\\.68");
        assertThat(text).doesNotContain("预算单位预留份额完成情况");
    }

    @Test
    void docx_and_xlsx_hold_the_same_chinese_text() throws IOException {
        var documents = renderer.render(SampleBulletins.provincial(13));
        assertThat(entry(documents.get(BulletinFormat.DOCX), "word/document.xml"))
                .contains("全省消费扶贫工作进展情况通报", "哈尔滨市", "大兴安岭地区");
        assertThat(entry(documents.get(BulletinFormat.XLSX), "xl/sharedStrings.xml"))
                .contains("哈尔滨市", "大兴安岭地区", "合计");
    }

    @Test
    void the_template_is_compiled_once_and_reused() {
        var first = renderer.template(cn.gov.hlj.consumptionaid.bulletin.BulletinType.PROGRESS);
        assertThat(renderer.template(cn.gov.hlj.consumptionaid.bulletin.BulletinType.PROGRESS)).isSameAs(first);
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the document");
    }

    static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
