package cn.gov.hlj.consumptionaid.catalog;

/**
 * A product of the catalog as other modules refer to it: the application that put it there, its catalog number,
 * name, category, origin county and producer.
 */
public record ProductRef(long id, String catalogNumber, String name, String categoryCode, String countyCode,
                         long supplierId) {
}
