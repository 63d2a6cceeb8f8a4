package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinData;
import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a bulletin's data into documents with its Jasper template: the template under {@code reports/} (on the
 * classpath as {@code reports/<name>.jrxml}) is compiled once and cached; filling and exporting need no database.
 * PDFs embed the CJK font of the font extension ({@code bulletin/fonts/fonts.xml}).
 */
@Component
public class BulletinRenderer {

    private static final DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PortalI18NProvider i18n;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    BulletinRenderer(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** Every format of a bulletin, from one fill. */
    public Map<BulletinFormat, byte[]> render(BulletinData data) {
        var print = fill(data);
        var documents = new EnumMap<BulletinFormat, byte[]>(BulletinFormat.class);
        for (var format : BulletinFormat.values()) {
            documents.put(format, export(print, format));
        }
        return documents;
    }

    /** The filled report of a bulletin (the template compiled once). */
    public JasperPrint fill(BulletinData data) {
        var parameters = new HashMap<String, Object>();
        parameters.put(JRParameter.REPORT_LOCALE, PortalI18NProvider.CHINESE);
        var period = data.period();
        parameters.put("ReportTitle", i18n.getTranslation("bulletin.doc.title." + data.type().name(),
                PortalI18NProvider.CHINESE, isProvince(data) ? t("bulletin.doc.province") : data.scopeName()));
        parameters.put("IssueLabel", i18n.getTranslation("bulletin.doc.issue", PortalI18NProvider.CHINESE,
                String.valueOf(data.issueYear()), String.valueOf(data.issueNumber())));
        parameters.put("Office", t("bulletin.doc.office"));
        parameters.put("IssueDate", i18n.getTranslation("bulletin.doc.date", PortalI18NProvider.CHINESE,
                String.valueOf(data.issueDate().getYear()), String.valueOf(data.issueDate().getMonthValue()),
                String.valueOf(data.issueDate().getDayOfMonth())));
        parameters.put("ScopeLabel", i18n.getTranslation("bulletin.doc.scope", PortalI18NProvider.CHINESE,
                data.scopeName(), i18n.getTranslation(period.labelKey(), PortalI18NProvider.CHINESE,
                        period.labelArguments())));
        parameters.put("Provenance", i18n.getTranslation("bulletin.doc.provenance", PortalI18NProvider.CHINESE,
                data.figuresPeriod().from().toString(), data.figuresPeriod().to().toString(),
                data.dataCutoff().format(CUTOFF)));
        if (data.type() == BulletinType.SOE_PROCUREMENT) {
            parameters.put("ChartTitle", t("bulletin.doc.soe.chart.title"));
            parameters.put("ChartSeries", t("bulletin.doc.soe.chart.purchases"));
            parameters.put("ChartSeries2", t("bulletin.doc.soe.chart.donations"));
        } else {
            parameters.put("ChartTitle", t("bulletin.doc.chart.title"));
            parameters.put("ChartSeries", t("bulletin.doc.chart.series"));
        }
        try {
            return JasperFillManager.fillReport(template(data.type()), parameters,
                    new LineSource(BulletinLines.of(i18n, data)));
        } catch (JRException e) {
            throw new IllegalStateException("Filling the bulletin template failed", e);
        }
    }

    /** A filled report as a document of a format. */
    public byte[] export(JasperPrint print, BulletinFormat format) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case PDF -> {
                    var exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    var configuration = new SimplePdfExporterConfiguration();
                    configuration.setMetadataTitle((String) print.getName());
                    configuration.setMetadataCreator(t("bulletin.doc.office"));
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
                case DOCX -> {
                    var exporter = new JRDocxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    var configuration = new SimpleDocxReportConfiguration();
                    configuration.setFlexibleRowHeight(true);
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
                case XLSX -> {
                    var exporter = new JRXlsxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    var configuration = new SimpleXlsxReportConfiguration();
                    configuration.setOnePagePerSheet(false);
                    configuration.setRemoveEmptySpaceBetweenRows(true);
                    configuration.setDetectCellType(false);
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
            }
        } catch (JRException e) {
            throw new IllegalStateException("Exporting the bulletin as " + format + " failed", e);
        }
        return out.toByteArray();
    }

    /** The compiled template of a type: compiled on first use, then reused. */
    JasperReport template(BulletinType type) {
        return compiled.computeIfAbsent(type.template(), BulletinRenderer::compile);
    }

    private static JasperReport compile(String name) {
        var path = "reports/" + name + ".jrxml";
        try (var in = BulletinRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No bulletin template on the classpath: " + path);
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException e) {
            throw new IllegalStateException("The bulletin template " + path + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key) {
        return i18n.getTranslation(key, PortalI18NProvider.CHINESE);
    }

    private static boolean isProvince(BulletinData data) {
        return "CITY".equals(data.regionDimension());
    }

    /** The template's data source: the lines, field by field. */
    private static final class LineSource implements JRDataSource {

        private final Iterator<BulletinLine> lines;
        private BulletinLine current;

        LineSource(List<BulletinLine> lines) {
            this.lines = lines.iterator();
        }

        @Override
        public boolean next() {
            current = lines.hasNext() ? lines.next() : null;
            return current != null;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return current.field(field.getName());
        }
    }
}
