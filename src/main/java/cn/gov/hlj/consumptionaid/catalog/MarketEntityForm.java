package cn.gov.hlj.consumptionaid.catalog;

/**
 * What a county reviewer enters for a market entity. How it helps the poor is one or more of wages (务工), assets
 * (资产收益) and business income (经营收入); the two priority flags are those the plan names (扶贫龙头企业, 百企帮百村).
 */
public record MarketEntityForm(String creditCode, String name, MarketEntityType type, String countyCode,
                               String legalRepresentative, String contact, boolean helpsByWages,
                               boolean helpsByAssets, boolean helpsByBusinessIncome, boolean leadingEnterprise,
                               boolean hundredEnterprisesParticipant) {

    public MarketEntityForm withName(String name) {
        return new MarketEntityForm(creditCode, name, type, countyCode, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant);
    }

    public MarketEntityForm withCreditCode(String creditCode) {
        return new MarketEntityForm(creditCode, name, type, countyCode, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant);
    }

    public MarketEntityForm withCountyCode(String countyCode) {
        return new MarketEntityForm(creditCode, name, type, countyCode, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant);
    }

    public MarketEntityForm withLeadingEnterprise(boolean leadingEnterprise) {
        return new MarketEntityForm(creditCode, name, type, countyCode, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant);
    }
}
