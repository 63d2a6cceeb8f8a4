package cn.gov.hlj.consumptionaid.catalog;

import java.math.BigDecimal;

/**
 * A certification application as the county reviewer enters it from the applicant's materials.
 *
 * @param entityId             the producer (a registered market entity; its county is the application's county)
 * @param price                the product's price in yuan, which must not exceed {@code referencePrice}, the
 *                             reference average market price
 * @param poorPeopleDriven     带贫人数
 * @param povertyLink          how the product drives the poor (带贫方式)
 * @param commodityValue       商品价值量 in 万元, two decimal places
 * @param commitment           the applicant's written commitment that the materials are true
 */
public record ApplicationForm(Long entityId, String productName, String categoryCode, String specification,
                              BigDecimal price, BigDecimal referencePrice, String qualityEvidence,
                              Integer poorPeopleDriven, String povertyLink, BigDecimal commodityValue,
                              boolean commitment) {

    public ApplicationForm withProductName(String productName) {
        return new ApplicationForm(entityId, productName, categoryCode, specification, price, referencePrice,
                qualityEvidence, poorPeopleDriven, povertyLink, commodityValue, commitment);
    }

    public ApplicationForm withPrice(BigDecimal price) {
        return new ApplicationForm(entityId, productName, categoryCode, specification, price, referencePrice,
                qualityEvidence, poorPeopleDriven, povertyLink, commodityValue, commitment);
    }

    public ApplicationForm withCommitment(boolean commitment) {
        return new ApplicationForm(entityId, productName, categoryCode, specification, price, referencePrice,
                qualityEvidence, poorPeopleDriven, povertyLink, commodityValue, commitment);
    }

    public ApplicationForm withEntityId(Long entityId) {
        return new ApplicationForm(entityId, productName, categoryCode, specification, price, referencePrice,
                qualityEvidence, poorPeopleDriven, povertyLink, commodityValue, commitment);
    }

    public ApplicationForm withCommodityValue(BigDecimal commodityValue) {
        return new ApplicationForm(entityId, productName, categoryCode, specification, price, referencePrice,
                qualityEvidence, poorPeopleDriven, povertyLink, commodityValue, commitment);
    }
}
