package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which sales records a user sees: their departments' lenses on the one {@code sale} table, always within their
 * region subtree (the record's {@code region_code}). See {@code docs/decisions/2026-11-28-sales-lenses.md}.
 * <ul>
 * <li>POVERTY_OFFICE (the lead) and cross-department users (leaders …): every sale;</li>
 * <li>COMMERCE: the offline channels (counters, zones, halls, the Guangdong market's hall) and the exhibitions;</li>
 * <li>CYBERSPACE: the online channels;</li>
 * <li>DEVELOPMENT_REFORM: sales to buyers in Guangdong (440000) and the Guangdong market's Heilongjiang hall;</li>
 * <li>SUPPLY_COOPERATIVE: the 832 platform and 小康龙江;</li>
 * <li>any other department: none.</li>
 * </ul>
 * A record is visible when it is in the region subtree and, unless the lens covers everything, its channel is one
 * of {@link #channelCodes} or its buyer's province one of {@link #buyerProvinceCodes}.
 *
 * @param everything         every channel and buyer
 * @param channelCodes       channels in the lens (when not everything)
 * @param buyerProvinceCodes buyers' provinces in the lens (when not everything)
 * @param regionPrefix       the code prefix of the user's region subtree
 */
public record SalesLens(boolean everything, Set<String> channelCodes, Set<String> buyerProvinceCodes,
                        String regionPrefix) {

    public static final String GUANGDONG = "440000";
    public static final String GUANGDONG_HALL = "GD_EW_MARKET_HLJ_HALL";
    public static final String PLATFORM_832 = "PLATFORM_832";
    public static final String XIAOKANG_LONGJIANG = "XIAOKANG_LONGJIANG";

    public SalesLens {
        channelCodes = everything ? Set.of() : Set.copyOf(channelCodes);
        buyerProvinceCodes = everything ? Set.of() : Set.copyOf(buyerProvinceCodes);
    }

    /** The lens of a data scope, given the channels of reference data (their kind decides offline/online). */
    public static SalesLens of(DataScope scope, Collection<ChannelRow> channels) {
        var prefix = scope.regionPrefix();
        if (scope.allDepartments() || scope.departments().contains("POVERTY_OFFICE")) {
            return new SalesLens(true, Set.of(), Set.of(), prefix);
        }
        var codes = new HashSet<String>();
        var provinces = new HashSet<String>();
        for (var department : scope.departments()) {
            switch (department) {
                case "COMMERCE" -> channels.stream().filter(c -> c.kind() != ChannelKind.ONLINE)
                        .map(ChannelRow::code).forEach(codes::add);
                case "CYBERSPACE" -> channels.stream().filter(c -> c.kind() == ChannelKind.ONLINE)
                        .map(ChannelRow::code).forEach(codes::add);
                case "DEVELOPMENT_REFORM" -> {
                    codes.add(GUANGDONG_HALL);
                    provinces.add(GUANGDONG);
                }
                case "SUPPLY_COOPERATIVE" -> {
                    codes.add(PLATFORM_832);
                    codes.add(XIAOKANG_LONGJIANG);
                }
                default -> {
                    // no sales lens
                }
            }
        }
        return new SalesLens(false, codes, provinces, prefix);
    }

    /** Whether the lens selects no sale at all (a department without a sales lens). */
    public boolean isEmpty() {
        return !everything && channelCodes.isEmpty() && buyerProvinceCodes.isEmpty();
    }

    /** Whether a sale of this channel, to a buyer of that province, booked to that region, is in the lens. */
    public boolean covers(String channelCode, String buyerProvinceCode, String regionCode) {
        return coversRegion(regionCode) && coversSale(channelCode, buyerProvinceCode);
    }

    /** The department part of the lens: channel or buyer's province. */
    public boolean coversSale(String channelCode, String buyerProvinceCode) {
        return everything || channelCodes.contains(channelCode)
                || (buyerProvinceCode != null && buyerProvinceCodes.contains(buyerProvinceCode));
    }

    public boolean coversRegion(String regionCode) {
        return regionCode != null && regionCode.startsWith(regionPrefix);
    }
}
