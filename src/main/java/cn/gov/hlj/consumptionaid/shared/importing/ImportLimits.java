package cn.gov.hlj.consumptionaid.shared.importing;

/**
 * How large an uploaded file may be. The defaults take a province's yearly 832 export (a few hundred thousand rows)
 * and refuse anything that would exhaust the server: the compressed upload, the unpacked size of any part of an
 * .xlsx (a zip bomb unpacks to gigabytes), and the number of rows.
 *
 * @param maxFileBytes         the uploaded file
 * @param maxUncompressedBytes any one part of an .xlsx once unpacked
 * @param maxRows              data rows, the header not counted
 */
public record ImportLimits(long maxFileBytes, long maxUncompressedBytes, int maxRows) {

    public static final ImportLimits DEFAULT = new ImportLimits(50L << 20, 256L << 20, 1_000_000);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }
}
