package cn.gov.hlj.consumptionaid.sales;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 provincial-level divisions of China by their national code (GB/T 2260), for the buyer's province of a sale:
 * reference data holds only Heilongjiang's regions, and a buyer may be anywhere.
 */
public final class Provinces {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[][] rows = {
                {"110000", "北京市"}, {"120000", "天津市"}, {"130000", "河北省"}, {"140000", "山西省"},
                {"150000", "内蒙古自治区"}, {"210000", "辽宁省"}, {"220000", "吉林省"}, {"230000", "黑龙江省"},
                {"310000", "上海市"}, {"320000", "江苏省"}, {"330000", "浙江省"}, {"340000", "安徽省"},
                {"350000", "福建省"}, {"360000", "江西省"}, {"370000", "山东省"}, {"410000", "河南省"},
                {"420000", "湖北省"}, {"430000", "湖南省"}, {"440000", "广东省"}, {"450000", "广西壮族自治区"},
                {"460000", "海南省"}, {"500000", "重庆市"}, {"510000", "四川省"}, {"520000", "贵州省"},
                {"530000", "云南省"}, {"540000", "西藏自治区"}, {"610000", "陕西省"}, {"620000", "甘肃省"},
                {"630000", "青海省"}, {"640000", "宁夏回族自治区"}, {"650000", "新疆维吾尔自治区"},
                {"710000", "台湾省"}, {"810000", "香港特别行政区"}, {"820000", "澳门特别行政区"}};
        for (var row : rows) {
            NAMES.put(row[0], row[1]);
        }
    }

    private Provinces() {
    }

    /** Codes in order, for pick lists. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /**
     * The code of a province written as its code ({@code 440000}), full name ({@code 广东省}) or short name
     * ({@code 广东}, {@code 内蒙古}, {@code 新疆}).
     */
    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var wanted = text.strip();
        if (NAMES.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        return NAMES.entrySet().stream()
                .filter(e -> e.getValue().equals(wanted) || shortName(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey).findFirst();
    }

    static String shortName(String name) {
        for (var suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
