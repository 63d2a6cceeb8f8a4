package cn.gov.hlj.consumptionaid.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An exhibition as lists show it, with the number and amount (yuan) of the deals signed there. */
public record ExhibitionRow(long id, long version, String channelCode, String name, LocalDate startsOn,
                            LocalDate endsOn, String place, String organizer, String regionCode, String remarks,
                            long deals, BigDecimal dealAmount) {

    public ExhibitionForm toForm() {
        return new ExhibitionForm(channelCode, name, startsOn, endsOn, place, organizer, regionCode, remarks);
    }
}
