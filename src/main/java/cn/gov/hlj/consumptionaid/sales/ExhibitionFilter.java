package cn.gov.hlj.consumptionaid.sales;

/** Filters of the exhibition list; {@code null} means "any". {@code year} selects exhibitions starting that year. */
public record ExhibitionFilter(String text, String channelCode, Integer year) {

    public static final ExhibitionFilter ALL = new ExhibitionFilter(null, null, null);

    public ExhibitionFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ExhibitionFilter withText(String text) {
        return new ExhibitionFilter(text, channelCode, year);
    }

    public ExhibitionFilter withChannel(String channelCode) {
        return new ExhibitionFilter(text, channelCode, year);
    }

    public ExhibitionFilter withYear(Integer year) {
        return new ExhibitionFilter(text, channelCode, year);
    }
}
