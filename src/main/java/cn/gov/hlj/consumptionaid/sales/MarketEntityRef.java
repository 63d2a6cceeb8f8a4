package cn.gov.hlj.consumptionaid.sales;

/** A market entity (supplier) as a deal names it: id, unified social credit code and name. */
public record MarketEntityRef(long id, String creditCode, String name) {
}
