package cn.gov.hlj.consumptionaid.metrics.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement being built: text and its positional parameters, appended together so they cannot drift apart. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String fragment, Object... parameters) {
        text.append(fragment);
        params.addAll(List.of(parameters));
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** {@code AND column = ?} when the value is given. */
    Sql eq(String column, Object value) {
        return value == null ? this : add(" AND " + column + " = ?", value);
    }

    /** {@code AND column IN (?, …)} when values are given. */
    Sql in(String column, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        text.append(" AND ").append(column).append(" IN (");
        int i = 0;
        for (var value : values) {
            text.append(i++ == 0 ? "?" : ", ?");
            params.add(value);
        }
        text.append(')');
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] params() {
        return params.toArray();
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
