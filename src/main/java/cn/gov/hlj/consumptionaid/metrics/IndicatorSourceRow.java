package cn.gov.hlj.consumptionaid.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored row behind a figure ("the rows behind this number"), in one shape for every source table so that one
 * grid shows them all. Fields that the source does not have are null.
 *
 * @param source        which table the row is in
 * @param id            its id in that table
 * @param reference     its natural key: order number, record number, purchaser code, catalog number, credit code …
 * @param date          its date: order date, sale date, year start of a reserved share, publication or receipt date
 * @param subject       who: purchaser, market entity or complainant subject
 * @param item          what: product name, or the share's year and status
 * @param regionCode    the region the figure books it to
 * @param categoryCode  the product category
 * @param channelCode   the channel
 * @param amount        its amount in yuan (purchases, sales, reserved shares), else null
 * @param importBatchId the import batch that brought it in, if imported
 * @param sourceRow     its row number in that import's file
 */
public record IndicatorSourceRow(SourceKind source, long id, String reference, LocalDate date, String subject,
                                 String item, String regionCode, String categoryCode, String channelCode,
                                 BigDecimal amount, Long importBatchId, Integer sourceRow) {
}
