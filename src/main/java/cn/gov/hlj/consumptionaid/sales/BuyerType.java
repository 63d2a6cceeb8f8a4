package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

import java.util.Map;
import java.util.Optional;

/** Who bought, as the channels report it; {@link #OTHER} also when a channel's export does not say. */
public enum BuyerType implements ChineseTerm {
    INDIVIDUAL("个人"),
    ENTERPRISE("企业"),
    PUBLIC_INSTITUTION("机关事业单位"),
    OTHER("其他");

    private final String term;

    BuyerType(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** Other words the channels' exports use. */
    private static final Map<String, BuyerType> SYNONYMS = Map.of("消费者", INDIVIDUAL, "个人消费者", INDIVIDUAL,
            "公司", ENTERPRISE, "企事业单位", ENTERPRISE, "机关", PUBLIC_INSTITUTION, "事业单位", PUBLIC_INSTITUTION,
            "机关单位", PUBLIC_INSTITUTION, "预算单位", PUBLIC_INSTITUTION);

    /** The buyer type written as its Chinese word, a common synonym or the constant's name. */
    public static Optional<BuyerType> parse(String text) {
        return ChineseTerm.parse(BuyerType.class, text)
                .or(() -> Optional.ofNullable(text == null ? null : SYNONYMS.get(text.strip())));
    }

    public String labelKey() {
        return "sales.buyer-type." + name();
    }
}
