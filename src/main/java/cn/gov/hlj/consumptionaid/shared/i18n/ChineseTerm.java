package cn.gov.hlj.consumptionaid.shared.i18n;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum constant with the Chinese word that official forms and spreadsheets use for it (有/无/共用/外包), so that
 * imports can read either the word or the constant's name.
 */
public interface ChineseTerm {

    /** The Chinese word, as written in spreadsheets. */
    String term();

    /** The constant whose Chinese word or name (any case) is {@code text}. */
    static <E extends Enum<E> & ChineseTerm> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        var wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.term().equals(wanted) || value.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
