package cn.gov.hlj.consumptionaid.shared.importing;

/**
 * What an import batch brought in. Each module keeps its own enum of kinds (stored in its own batch table) and lets
 * it implement this, so the shared records and the import panel can carry and label a kind without knowing the enum.
 */
public interface ImportKind {

    /** The code stored in the batch table (an enum's {@code name()}). */
    String name();

    /** The i18n key of the kind's label. */
    String labelKey();
}
