package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.List;
import java.util.Optional;

/**
 * What an import would do, before anything is written.
 *
 * @param rowsInFile        data rows of the file
 * @param rowsToCreate      rows that would become new records
 * @param skippedKeys       natural keys (codes, order numbers) of rows already stored, which the commit skips
 * @param problems          every problem of every row; any problem means the commit writes nothing
 * @param ignoredHeaders    headers of the file that the import does not use
 * @param alreadyImportedAs the batch that already brought in this very file (same SHA-256), or {@code null}
 */
public record ImportPreview(String fileName, String fileSha256, int rowsInFile, int rowsToCreate,
                            List<String> skippedKeys, List<ImportProblem> problems, List<String> ignoredHeaders,
                            ImportBatchRow alreadyImportedAs) {

    public ImportPreview {
        skippedKeys = List.copyOf(skippedKeys);
        problems = List.copyOf(problems);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    /**
     * The first step of every commit: refuses the file with an {@link ImportRejectedException} when any row has a
     * problem, answers with the earlier batch when this very file was imported before, and otherwise says nothing
     * (empty), so the commit writes.
     */
    public Optional<ImportResult> refuseOrAlreadyImported() {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return alreadyImportedAs == null ? Optional.empty()
                : Optional.of(new ImportResult(alreadyImportedAs, 0, rowsInFile, true));
    }

    /** Whether committing would write something: no problem, not imported before, and at least one new row. */
    public boolean canCommit() {
        return problems.isEmpty() && alreadyImportedAs == null && rowsToCreate > 0;
    }
}
