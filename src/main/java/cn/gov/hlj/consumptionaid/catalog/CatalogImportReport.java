package cn.gov.hlj.consumptionaid.catalog;

import java.util.List;

/**
 * The outcome of reading (preview) or importing (commit) a catalog list: data rows read, entries new to the catalog,
 * entries already there (same catalog number: skipped, so importing a file twice changes nothing), problems (any
 * problem refuses the whole commit), and whether anything was written.
 */
public record CatalogImportReport(int rows, int newEntries, int alreadyImported, List<ImportProblem> problems,
                                  boolean committed) {

    public CatalogImportReport {
        problems = List.copyOf(problems);
    }
}
