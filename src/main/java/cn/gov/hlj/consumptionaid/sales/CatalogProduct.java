package cn.gov.hlj.consumptionaid.sales;

/**
 * A product of the catalog (a certification application with a catalog number) as sales records and outlets refer to
 * it: its id, catalog number, name, category, origin county and producer (market entity).
 *
 * @param inCatalog whether it is in the catalog now (status {@code IN_CATALOG}); a product withdrawn since keeps its
 *                  catalog number, and its earlier sales stay valid
 */
public record CatalogProduct(long id, String catalogNumber, String productName, String categoryCode,
                             String countyCode, long producerId, String producerName, boolean inCatalog) {
}
