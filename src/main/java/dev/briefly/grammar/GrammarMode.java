package dev.briefly.grammar;

/** Says what the grammar stage does with the summary. */
public enum GrammarMode {
    /** LanguageTool is not loaded at all. */
    OFF,
    /** Issues are reported; the summary is unchanged. */
    REPORT,
    /** Issues are reported and those in safe categories are corrected outside quotations. */
    FIX
}
