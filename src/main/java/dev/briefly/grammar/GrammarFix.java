package dev.briefly.grammar;

/** Records one correction applied to the summary: the span in the normalised text, the old and new words. */
public record GrammarFix(int start, int end, String before, String after) {
}
