package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The checks of user input shared by the services and the catalog import: each refusal is a {@link CatalogException}
 * naming the field, before anything is written. (The entities guard the same invariants without explaining them.)
 */
@Component
class FormChecks {

    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");

    private final ReferenceService reference;

    FormChecks(ReferenceService reference) {
        this.reference = reference;
    }

    void entity(MarketEntityForm form) {
        MarketEntityService.requireText(form.name(), "catalog.entity.name", MarketEntity.NAME_LENGTH);
        if (form.type() == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.entity.type");
        }
        var county = form.countyCode() == null ? null : reference.region(form.countyCode()).orElse(null);
        if (county == null || county.level() != RegionLevel.COUNTY) {
            throw new CatalogException("catalog.entity.error.county", String.valueOf(form.countyCode()));
        }
        MarketEntityService.requireText(form.legalRepresentative(), "catalog.entity.legal-representative",
                MarketEntity.PERSON_LENGTH);
        MarketEntityService.requireText(form.contact(), "catalog.entity.contact", MarketEntity.CONTACT_LENGTH);
        if (!form.helpsByWages() && !form.helpsByAssets() && !form.helpsByBusinessIncome()) {
            throw new CatalogException("catalog.entity.error.help-way");
        }
    }

    void application(ApplicationForm form) {
        MarketEntityService.requireText(form.productName(), "catalog.application.product-name",
                CertificationApplication.NAME_LENGTH);
        if (form.categoryCode() == null || reference.categories().stream().map(CategoryRow::code)
                .noneMatch(form.categoryCode()::equals)) {
            throw new CatalogException("catalog.error.field-required", "catalog.application.category");
        }
        MarketEntityService.requireText(form.specification(), "catalog.application.specification",
                CertificationApplication.SPEC_LENGTH);
        requireMoney(form.price(), "catalog.application.price", MAX_PRICE);
        requireMoney(form.referencePrice(), "catalog.application.reference-price", MAX_PRICE);
        if (form.price().signum() <= 0) {
            throw new CatalogException("catalog.error.positive", "catalog.application.price");
        }
        if (form.price().compareTo(form.referencePrice()) > 0) {
            throw new CatalogException("catalog.application.error.price-above-reference", yuan(form.price()),
                    yuan(form.referencePrice()));
        }
        MarketEntityService.requireText(form.qualityEvidence(), "catalog.application.quality-evidence",
                CertificationApplication.TEXT_LENGTH);
        if (form.poorPeopleDriven() == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.application.poor-people-driven");
        }
        if (form.poorPeopleDriven() < 1) {
            throw new CatalogException("catalog.error.positive", "catalog.application.poor-people-driven");
        }
        MarketEntityService.requireText(form.povertyLink(), "catalog.application.poverty-link",
                CertificationApplication.TEXT_LENGTH);
        requireMoney(form.commodityValue(), "catalog.application.commodity-value", MAX_VALUE);
        if (!form.commitment()) {
            throw new CatalogException("catalog.application.error.commitment");
        }
    }

    static void requireMoney(BigDecimal amount, String fieldKey, BigDecimal max) {
        if (amount == null) {
            throw new CatalogException("catalog.error.field-required", fieldKey);
        }
        if (amount.signum() < 0 || amount.compareTo(max) > 0) {
            throw new CatalogException("catalog.error.amount-range", fieldKey);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new CatalogException("catalog.error.two-decimals", fieldKey);
        }
    }

    /** An amount as the messages show it: two decimal places, no grouping. */
    static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
