package cn.gov.hlj.consumptionaid.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answers of a batch of figures ({@link IndicatorService#figures}), by request: a total as a one-row list (key
 * {@code ""}), a breakdown as {@link IndicatorService#breakdown} returns it.
 */
public record FigureAnswers(Map<FigureRequest, List<BreakdownRow>> answers) {

    public FigureAnswers {
        answers = Map.copyOf(answers);
    }

    /** The total of an indicator that was asked for ({@link FigureRequest#total}). */
    public BigDecimal total(Indicator indicator) {
        return answer(FigureRequest.total(indicator)).getFirst().value();
    }

    /** The breakdown of an indicator by a dimension with the limit it was asked with. */
    public List<BreakdownRow> breakdown(Indicator indicator, Dimension dimension, int limit) {
        return answer(FigureRequest.breakdown(indicator, dimension, limit));
    }

    private List<BreakdownRow> answer(FigureRequest request) {
        var rows = answers.get(request);
        if (rows == null) {
            throw new IllegalArgumentException("The batch did not ask for " + request);
        }
        return rows;
    }
}
