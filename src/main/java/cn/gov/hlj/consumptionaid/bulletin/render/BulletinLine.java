package cn.gov.hlj.consumptionaid.bulletin.render;

/**
 * One line of a bulletin as the template prints it: a paragraph ({@code TEXT}, in {@code c1}) or a table row of up to
 * seven cells ({@code HEAD}, {@code ROW}, {@code TOTAL}), within a section with a heading. Lines of the finance table
 * and the SOE trend also carry the chart's category and value (and a second series' value: {@code chartValue2}).
 */
public record BulletinLine(String section, String sectionTitle, Kind kind, String c1, String c2, String c3, String c4,
                           String c5, String c6, String c7, String chartCategory, Double chartValue,
                           Double chartValue2) {

    public enum Kind { TEXT, HEAD, ROW, TOTAL }

    static BulletinLine text(String section, String title, String text) {
        return new BulletinLine(section, title, Kind.TEXT, text, null, null, null, null, null, null, null, null, null);
    }

    static BulletinLine row(String section, String title, Kind kind, String... cells) {
        var c = java.util.Arrays.copyOf(cells, 7);
        return new BulletinLine(section, title, kind, c[0], c[1], c[2], c[3], c[4], c[5], c[6], null, null, null);
    }

    BulletinLine charted(String category, Double value) {
        return new BulletinLine(section, sectionTitle, kind, c1, c2, c3, c4, c5, c6, c7, category, value, null);
    }

    BulletinLine charted(String category, Double value, Double value2) {
        return new BulletinLine(section, sectionTitle, kind, c1, c2, c3, c4, c5, c6, c7, category, value, value2);
    }

    /** The value of a template field of this name. */
    Object field(String name) {
        return switch (name) {
            case "section" -> section;
            case "sectionTitle" -> sectionTitle;
            case "kind" -> kind.name();
            case "c1" -> c1;
            case "c2" -> c2;
            case "c3" -> c3;
            case "c4" -> c4;
            case "c5" -> c5;
            case "c6" -> c6;
            case "c7" -> c7;
            case "chartCategory" -> chartCategory;
            case "chartValue" -> chartValue;
            case "chartValue2" -> chartValue2;
            default -> throw new IllegalArgumentException("No bulletin field " + name);
        };
    }
}
