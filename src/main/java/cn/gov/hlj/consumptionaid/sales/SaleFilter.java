package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.reference.RegionCodes;

import java.time.LocalDate;

/**
 * Filters of the sales list; {@code null} means "any". The period is inclusive; {@code regionPrefix} selects a region
 * subtree; {@code text} matches the product name or the record number.
 */
public record SaleFilter(LocalDate from, LocalDate to, String channelCode, String regionPrefix, String categoryCode,
                         BuyerType buyerType, Long importBatchId, String text) {

    public static final SaleFilter ALL = new SaleFilter(null, null, null, null, null, null, null, null);

    public SaleFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public SaleFilter withPeriod(LocalDate from, LocalDate to) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }

    public SaleFilter withChannel(String channelCode) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }

    /** Only sales booked to this region and below (a 6-digit code). */
    public SaleFilter withRegion(String regionCode) {
        var prefix = regionCode == null ? null : RegionCodes.subtreePrefix(regionCode);
        return new SaleFilter(from, to, channelCode, prefix, categoryCode, buyerType, importBatchId, text);
    }

    public SaleFilter withCategory(String categoryCode) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }

    public SaleFilter withBuyerType(BuyerType buyerType) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }

    public SaleFilter withImportBatch(Long importBatchId) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }

    public SaleFilter withText(String text) {
        return new SaleFilter(from, to, channelCode, regionPrefix, categoryCode, buyerType, importBatchId, text);
    }
}
