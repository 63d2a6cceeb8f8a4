package cn.gov.hlj.consumptionaid.catalog;

import java.util.function.BiFunction;

/** What is wrong with one cell (or row) of an imported file: Excel row number (1 = header), column, reason. */
public record ImportProblem(int row, String column, CatalogException error) {

    /** "第 4 行“统一社会信用代码”：…" in the user's language ({@code translator} is a view's getTranslation). */
    public String message(BiFunction<String, Object[], String> translator) {
        return translator.apply("catalog.import.problem", new Object[] {row, column, error.message(translator)});
    }
}
