package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/** A market entity as lists and forms show it; {@code version} is what an edit must still find. */
public record MarketEntityRow(long id, long version, String creditCode, String name, MarketEntityType type,
                              String countyCode, String legalRepresentative, String contact, boolean helpsByWages,
                              boolean helpsByAssets, boolean helpsByBusinessIncome, boolean leadingEnterprise,
                              boolean hundredEnterprisesParticipant, boolean blacklisted, String blacklistReason,
                              LocalDate blacklistedOn) {

    /** A 扶贫龙头企业 or a participant of 百企帮百村: its applications come first in the work queues. */
    public boolean priority() {
        return leadingEnterprise || hundredEnterprisesParticipant;
    }

    public MarketEntityForm toForm() {
        return new MarketEntityForm(creditCode, name, type, countyCode, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant);
    }
}
