package cn.gov.hlj.consumptionaid.shared.ui;

import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Excel export for any grid: what the user sees is what they get — the grid's visible columns in their current order,
 * the header texts (Chinese or English, as shown), and every row that the grid's current filter and sort order
 * select, not only the rows loaded in the browser.
 * <p>
 * A grid column does not expose how it computes its cells, so columns are added through this class (or registered
 * with {@link #register}) together with the value that goes into the spreadsheet.
 *
 * <pre>{@code
 * var export = GridExcelExport.of(grid);
 * export.addColumn(RegionRow::code).setHeader(codeHeader);
 * toolbar.add(export.downloadButton("regions"));
 * }</pre>
 */
public final class GridExcelExport<T> {

    /** Rows beyond this are not exported; the limit of an .xlsx sheet. */
    public static final int MAX_ROWS = 1_048_575;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Grid<T> grid;
    private final Map<Grid.Column<T>, ValueProvider<T, ?>> values = new HashMap<>();

    private GridExcelExport(Grid<T> grid) {
        this.grid = Objects.requireNonNull(grid);
    }

    public static <T> GridExcelExport<T> of(Grid<T> grid) {
        return new GridExcelExport<>(grid);
    }

    /** Adds a text column to the grid whose value is also what the export writes. */
    public Grid.Column<T> addColumn(ValueProvider<T, ?> value) {
        var column = grid.addColumn(value);
        values.put(column, value);
        return column;
    }

    /** Registers the exported value of a column added otherwise (a component or renderer column). */
    public GridExcelExport<T> register(Grid.Column<T> column, ValueProvider<T, ?> value) {
        values.put(column, value);
        return this;
    }

    /** The workbook as bytes: one sheet, a bold header row, then the rows of the grid's current query. */
    public byte[] toXlsx(String sheetName) {
        var columns = exportedColumns();
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName, '_'));
            var styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(Objects.toString(columns.get(c).getHeaderText(), ""));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            var rowIndex = new int[] {1};
            grid.getGenericDataView().getItems().limit(MAX_ROWS).forEach(item -> {
                Row row = sheet.createRow(rowIndex[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    write(row.createCell(c), values.get(columns.get(c)).apply(item), styles);
                }
            });
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Excel file", e);
        }
    }

    /** A download handler for an .xlsx named {@code <baseName>-<yyyyMMdd-HHmm>.xlsx}. */
    public DownloadHandler downloadHandler(String baseName) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = toXlsx(baseName);
            var fileName = baseName + "-" + LocalDateTime.now(ClockConfiguration.ZONE).format(FILE_STAMP) + ".xlsx";
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
        });
    }

    /** The standard "导出 Excel" button, wrapped in a download link. */
    public Anchor downloadButton(String baseName) {
        var button = new Button(grid.getTranslation("shared.export.excel"), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        var anchor = new Anchor(downloadHandler(baseName), "");
        anchor.add(button);
        anchor.setId("export-excel");
        return anchor;
    }

    List<Grid.Column<T>> exportedColumns() {
        var columns = new ArrayList<Grid.Column<T>>();
        for (var column : grid.getColumns()) {
            if (column.isVisible() && values.containsKey(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    private void write(Cell cell, Object value, Styles styles) {
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal decimal -> {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(decimal.scale() > 0 ? styles.decimal : styles.integer);
            }
            case Integer i -> {
                cell.setCellValue(i);
                cell.setCellStyle(styles.integer);
            }
            case Long l -> {
                cell.setCellValue(l);
                cell.setCellStyle(styles.integer);
            }
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            case LocalDateTime dateTime -> {
                cell.setCellValue(dateTime);
                cell.setCellStyle(styles.dateTime);
            }
            case TemporalAccessor temporal -> cell.setCellValue(temporal.toString());
            case Boolean b -> cell.setCellValue(grid.getTranslation(b ? "shared.yes" : "shared.no"));
            // A string cell is never evaluated, so text that looks like a formula ("=1+1") stays text.
            default -> cell.setCellValue(value.toString());
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            var format = workbook.createDataFormat();
            var bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
