package dev.briefly.quotes;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Finds positions in lists sorted by start offset (tokens, mentions, sentences, paragraphs) by binary search.
 * Stateless and thread-safe.
 */
final class ByStart {

    private ByStart() {
    }

    /** Returns the index of the first element starting at or after {@code pos}, or the list's size if none does. */
    static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<? super T> start, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the index of the last element starting before {@code pos}, or -1 if none does. */
    static <T> int lastBefore(List<T> sorted, ToIntFunction<? super T> start, int pos) {
        return firstAtOrAfter(sorted, start, pos) - 1;
    }

    /** Returns the index of the last element starting at or before {@code pos}, or -1 if none does. */
    static <T> int lastAtOrBefore(List<T> sorted, ToIntFunction<? super T> start, int pos) {
        return pos == Integer.MAX_VALUE ? sorted.size() - 1 : lastBefore(sorted, start, pos + 1);
    }
}
