package cn.gov.hlj.consumptionaid.catalog;

/** What the complaint list shows, within the user's region: open ones only, overdue ones only, a text. */
public record ComplaintFilter(boolean openOnly, boolean overdueOnly, String text) {

    public static final ComplaintFilter ALL = new ComplaintFilter(false, false, null);

    public ComplaintFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ComplaintFilter withOpenOnly(boolean openOnly) {
        return new ComplaintFilter(openOnly, overdueOnly, text);
    }

    public ComplaintFilter withOverdueOnly(boolean overdueOnly) {
        return new ComplaintFilter(openOnly, overdueOnly, text);
    }

    public ComplaintFilter withText(String text) {
        return new ComplaintFilter(openOnly, overdueOnly, text);
    }
}
