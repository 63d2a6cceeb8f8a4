package cn.gov.hlj.consumptionaid.shared.importing;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The spreadsheets around an import: the downloadable template and the report of a file's problems. */
public final class ImportWorkbooks {

    /** Translates a message key with arguments, e.g. a Vaadin component's {@code getTranslation}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    private ImportWorkbooks() {
    }

    /**
     * A template: a data sheet whose first row holds the Chinese headers (required ones in red) and whose second row
     * is an example, and a sheet that explains each column and the other headers it may carry.
     */
    public static byte[] template(String sheetName, List<ColumnSpec> columns, Texts texts) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var data = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            var text = workbook.createDataFormat().getFormat("@");
            var requiredFont = workbook.createFont();
            requiredFont.setBold(true);
            requiredFont.setColor(IndexedColors.RED.getIndex());
            var optionalFont = workbook.createFont();
            optionalFont.setBold(true);
            var required = headerStyle(workbook, requiredFont);
            var optional = headerStyle(workbook, optionalFont);
            var textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(text);
            var header = data.createRow(0);
            var example = data.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                var column = columns.get(c);
                var cell = header.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? required : optional);
                var exampleCell = example.createCell(c);
                exampleCell.setCellValue(column.example());
                exampleCell.setCellStyle(textStyle);
                // Text format for every column, so codes keep their leading zeros when typed in Excel.
                data.setDefaultColumnStyle(c, textStyle);
                data.setColumnWidth(c, Math.max(12, column.header().length() * 3 + 4) * 256);
            }
            data.createFreezePane(0, 1);

            var helpName = texts.get("shared.import.template.help-sheet");
            var help = workbook.createSheet(WorkbookUtil.createSafeSheetName(helpName));
            var helpHeader = help.createRow(0);
            helpHeader.createCell(0).setCellValue(texts.get("shared.import.template.column"));
            helpHeader.createCell(1).setCellValue(texts.get("shared.import.template.required"));
            helpHeader.createCell(2).setCellValue(texts.get("shared.import.template.aliases"));
            helpHeader.createCell(3).setCellValue(texts.get("shared.import.template.example"));
            for (int c = 0; c < 4; c++) {
                helpHeader.getCell(c).setCellStyle(optional);
                help.setColumnWidth(c, 30 * 256);
            }
            for (int i = 0; i < columns.size(); i++) {
                var column = columns.get(i);
                var row = help.createRow(i + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(texts.get(column.required() ? "shared.yes" : "shared.no"));
                row.createCell(2).setCellValue(String.join("、", column.aliases()));
                row.createCell(3).setCellValue(column.example());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a file, one per line: row, column, the cell as written, and what is wrong, in plain words. */
    public static byte[] problemReport(List<ImportProblem> problems, Texts texts) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get("shared.import.report.sheet")));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = headerStyle(workbook, bold);
            var header = sheet.createRow(0);
            var titles = List.of("shared.import.report.row", "shared.import.report.column",
                    "shared.import.report.value", "shared.import.report.problem");
            for (int c = 0; c < titles.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(texts.get(titles.get(c)));
                cell.setCellStyle(headerStyle);
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            for (int i = 0; i < problems.size(); i++) {
                var problem = problems.get(i);
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(problem.row());
                // String cells are never evaluated: a value such as "=cmd|..." stays text in the report.
                row.createCell(1).setCellValue(problem.column() == null ? "" : problem.column());
                row.createCell(2).setCellValue(problem.value() == null ? "" : problem.value());
                row.createCell(3).setCellValue(texts.get(problem.messageKey(), problem.arguments()));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle headerStyle(XSSFWorkbook workbook,
                                                                      org.apache.poi.ss.usermodel.Font font) {
        var style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
