package cn.gov.hlj.consumptionaid.reference;

/** Online platforms, offline counters/zones/halls, and exhibitions (展会). */
public enum ChannelKind {
    ONLINE, OFFLINE, EXHIBITION
}
