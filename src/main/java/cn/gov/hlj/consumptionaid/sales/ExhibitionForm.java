package cn.gov.hlj.consumptionaid.sales;

import java.time.LocalDate;

/**
 * What a user enters for an exhibition: the exhibition channel it belongs to (哈洽会, 农交会, 绿博会 …), its name
 * (the edition, e.g. 第三十一届哈洽会), dates, place, organizer, and the Heilongjiang region responsible for it.
 */
public record ExhibitionForm(String channelCode, String name, LocalDate startsOn, LocalDate endsOn, String place,
                             String organizer, String regionCode, String remarks) {
}
