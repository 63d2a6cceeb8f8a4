package cn.gov.hlj.consumptionaid.shared.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded table — .xlsx or .csv — row by row, as text, safely:
 * <ul>
 * <li>CSV in UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030 (what Chinese Excel writes): bytes that are
 * not valid UTF-8 are read as GB18030, a superset of GBK; comma- or tab-separated;</li>
 * <li>.xlsx through POI's streaming SAX reader (no workbook DOM), first sheet only; zip bombs and oversized parts
 * are refused before they are unpacked; numbers come as plain decimals, dates as ISO {@code yyyy-MM-dd}; a
 * formula cell gives its cached result, never the formula;</li>
 * <li>the old binary .xls, empty files and files with a header but no row, CSV in an encoding that cannot be told
 * (NUL characters, undecodable bytes), broken or truncated files and files over {@link ImportLimits} are refused
 * with an {@link ImportFileException} naming the reason.</li>
 * </ul>
 * Blank rows are skipped. The first non-blank row is the header.
 */
public final class TabularReader {

    public enum Format { XLSX, CSV }

    /** What was read: the format, the CSV character set ({@code null} for .xlsx), and the number of data rows. */
    public record FileInfo(Format format, Charset charset, int dataRows) {
    }

    /** Receives the header row once, then every non-blank data row in order. */
    public interface RowConsumer {

        void header(SourceRow header);

        void row(SourceRow row);
    }

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TabularReader() {
    }

    public static FileInfo read(String fileName, byte[] content, ImportLimits limits, RowConsumer consumer) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("shared.import.error.empty");
        }
        if (content.length > limits.maxFileBytes()) {
            throw new ImportFileException("shared.import.error.too-large", limits.maxFileBytes() >> 20);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            throw new ImportFileException("shared.import.error.old-xls");
        }
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, ZIP_MAGIC)) {
            return readXlsx(content, limits, new Rows(limits, consumer));
        }
        if (name.endsWith(".xlsx")) {
            throw new ImportFileException("shared.import.error.xlsx-broken");
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new ImportFileException("shared.import.error.unknown-format");
        }
        return readCsv(content, new Rows(limits, consumer));
    }

    // ---------------------------------------------------------------- CSV

    static Charset detectCharset(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private static FileInfo readCsv(byte[] content, Rows rows) {
        var charset = detectCharset(content);
        var text = new String(content, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // NUL characters (UTF-16 without its byte order mark, a binary file) and bytes that are not GB18030 either
        // (decoded as U+FFFD) mean the file is in an encoding we cannot tell: say so rather than "column missing".
        if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFD') >= 0) {
            throw new ImportFileException("shared.import.error.encoding");
        }
        var firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == '\t').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? '\t' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (var parser = format.parse(new StringReader(text))) {
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                rows.accept(line, cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException(e, "shared.import.error.csv-broken");
        }
        return rows.finish(Format.CSV, charset);
    }

    // ---------------------------------------------------------------- XLSX

    private static FileInfo readXlsx(byte[] content, ImportLimits limits, Rows rows) {
        // Global POI settings, the same for every import: refuse parts that unpack to more than the limit or with a
        // compression ratio only a zip bomb has.
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes());
        ZipSecureFile.setMinInflateRatio(0.01);
        try (var pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg, true);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("shared.import.error.no-sheet");
            }
            try (var sheet = sheets.next()) {
                var xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(reader.getStylesTable(), strings, new SheetRows(rows)));
                xml.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new ImportFileException(e, "shared.import.error.zip-bomb");
            }
            throw new ImportFileException(e, "shared.import.error.xlsx-broken");
        }
        return rows.finish(Format.XLSX, null);
    }

    private static boolean isZipBomb(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            var message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SAX handler of a worksheet: the cell values as text, like POI's {@code XSSFSheetXMLHandler} but without
     * building an XMLBeans object for every inline string (files written by streaming exporters, the 832 platform's
     * among them, hold every text cell inline; POI's handler spends most of its time there). Shared strings by index,
     * inline strings by their text runs, formula cells by their cached result (never the formula), numbers through
     * {@link PlainDataFormatter} with the cell style's number format, so dates come as ISO text.
     */
    private static final class SheetHandler extends DefaultHandler {

        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final SheetRows output;
        private final PlainDataFormatter formatter = new PlainDataFormatter();
        private final Map<Integer, String[]> formats = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private boolean capturing;
        private boolean inInline;
        private String reference;
        private String type;
        private String style;
        private int rowNumber;

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetRows output) {
            this.styles = styles;
            this.strings = strings;
            this.output = output;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    var r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    output.startRow(rowNumber - 1);
                }
                case "c" -> {
                    reference = attributes.getValue("r");
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    text.setLength(0);
                }
                case "v" -> capturing = true;
                case "is" -> inInline = true;
                case "t" -> capturing = inInline;
                default -> {
                    // formulas (<f>), phonetic runs and the like are not values
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> capturing = false;
                case "is" -> inInline = false;
                case "c" -> output.cell(reference, value());
                case "row" -> output.endRow(rowNumber - 1);
                default -> {
                }
            }
        }

        private String value() {
            var raw = text.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "e" -> "ERROR:" + raw;
                default -> raw; // inlineStr, str (a formula's text result), d (ISO date)
            };
        }

        private String number(String raw) {
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (style == null || styles == null) {
                return formatter.formatRawCellContents(value, 0, "General", false);
            }
            var format = formats.computeIfAbsent(Integer.parseInt(style), index -> {
                var cellStyle = styles.getStyleAt(index);
                return cellStyle == null ? new String[] {"0", "General"}
                        : new String[] {Short.toString(cellStyle.getDataFormat()), cellStyle.getDataFormatString()};
            });
            return formatter.formatRawCellContents(value, Integer.parseInt(format[0]), format[1], false);
        }
    }

    /** Collects the cells of each row, filling gaps left by empty cells. */
    private static final class SheetRows {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        void startRow(int rowNum) {
            cells.clear();
        }

        void endRow(int rowNum) {
            rows.accept(rowNum + 1, cells);
        }

        void cell(String reference, String formattedValue) {
            int column = columnIndex(reference, cells.size());
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        private static int columnIndex(String reference, int next) {
            if (reference == null) {
                return next;
            }
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Numbers as plain decimals (no grouping, no exponent), dates and times as ISO text, whatever the cell style. */
    private static final class PlainDataFormatter extends DataFormatter {

        PlainDataFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.format(ISO_DATE_TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    // ---------------------------------------------------------------- common

    /** Trims cells, skips blank rows, finds the header, enforces the row limit. */
    private static final class Rows {

        private final ImportLimits limits;
        private final RowConsumer consumer;
        private boolean headerSeen;
        private int dataRows;

        Rows(ImportLimits limits, RowConsumer consumer) {
            this.limits = limits;
            this.consumer = consumer;
        }

        void accept(int number, List<String> rawCells) {
            var cells = rawCells.stream().map(Rows::clean).toList();
            var row = new SourceRow(number, trimTrailingEmpty(cells));
            if (row.isBlank()) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                consumer.header(row);
                return;
            }
            if (++dataRows > limits.maxRows()) {
                throw new ImportFileException("shared.import.error.too-many-rows", limits.maxRows());
            }
            consumer.row(row);
        }

        FileInfo finish(Format format, Charset charset) {
            if (!headerSeen) {
                throw new ImportFileException("shared.import.error.empty");
            }
            if (dataRows == 0) {
                throw new ImportFileException("shared.import.error.no-data-rows");
            }
            return new FileInfo(format, charset, dataRows);
        }

        static String clean(String cell) {
            if (cell == null) {
                return "";
            }
            return cell.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
        }

        private static List<String> trimTrailingEmpty(List<String> cells) {
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isEmpty()) {
                end--;
            }
            return cells.subList(0, end);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
