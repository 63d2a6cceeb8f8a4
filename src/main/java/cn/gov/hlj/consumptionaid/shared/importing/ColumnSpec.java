package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.List;
import java.util.Objects;

/**
 * One column an import understands: its Chinese header as in the downloadable template, the other headers people
 * write for it (an 832 export says 订单号, a unit's own sheet 订单编号), whether it must be present, and an example
 * value for the template.
 */
public record ColumnSpec(String key, String header, List<String> aliases, boolean required, String example) {

    public ColumnSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        example = example == null ? "" : example;
    }

    public static ColumnSpec required(String key, String header, String example, String... aliases) {
        return new ColumnSpec(key, header, List.of(aliases), true, example);
    }

    public static ColumnSpec optional(String key, String header, String example, String... aliases) {
        return new ColumnSpec(key, header, List.of(aliases), false, example);
    }

    /** Whether a header cell of a file names this column: spaces, case and half/full-width brackets ignored. */
    boolean matches(String headerCell) {
        var cell = normalize(headerCell);
        return normalize(header).equals(cell) || aliases.stream().map(ColumnSpec::normalize).anyMatch(cell::equals);
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        var text = header.replace('（', '(').replace('）', ')').replace('：', ':').replace('*', ' ');
        return text.replaceAll("[\\s\\u3000\\u00A0]+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
