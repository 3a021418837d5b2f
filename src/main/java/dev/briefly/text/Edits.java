package dev.briefly.text;

import java.util.Arrays;
import java.util.List;

/**
 * Collects the changes one step of the text repair made to a string, as ranges of its input and of its output in
 * text order, so that the changes of several steps can be composed into the changes from the first input to the
 * last output. Every change is recorded, reported or not (a {@code null} kind: white space), because each one
 * moves the offsets after it.
 *
 * <p>Not thread-safe: one per paragraph and step.
 */
final class Edits {

    /** Quadruples: input start, input end, output start, output end. */
    private int[] at;
    private Repair.Kind[] kinds;
    private int size;

    /** Returns whether {@code e} is null or has no change. */
    static boolean none(Edits e) {
        return e == null || e.size == 0;
    }

    /**
     * Records that {@code input[inStart, inEnd)} became {@code output[outStart, outEnd)}; a change that directly
     * follows the last one and has its kind extends it.
     */
    void add(int inStart, int inEnd, int outStart, int outEnd, Repair.Kind kind) {
        if (size > 0 && kinds[size - 1] == kind && at[4 * size - 3] == inStart && at[4 * size - 1] == outStart) {
            at[4 * size - 3] = inEnd;
            at[4 * size - 1] = outEnd;
            return;
        }
        if (at == null) {
            at = new int[16];
            kinds = new Repair.Kind[4];
        } else if (4 * size + 4 > at.length) {
            at = Arrays.copyOf(at, at.length * 2);
            kinds = Arrays.copyOf(kinds, kinds.length * 2);
        }
        at[4 * size] = inStart;
        at[4 * size + 1] = inEnd;
        at[4 * size + 2] = outStart;
        at[4 * size + 3] = outEnd;
        kinds[size++] = kind;
    }

    /** Records every change of {@code other}, in order, after this one's. */
    void addAll(Edits other) {
        if (other != null) {
            for (int i = 0; i < other.size; i++) {
                add(other.inStart(i), other.inEnd(i), other.outStart(i), other.outEnd(i), other.kind(i));
            }
        }
    }

    int size() {
        return size;
    }

    int inStart(int i) {
        return at[4 * i];
    }

    int inEnd(int i) {
        return at[4 * i + 1];
    }

    int outStart(int i) {
        return at[4 * i + 2];
    }

    int outEnd(int i) {
        return at[4 * i + 3];
    }

    Repair.Kind kind(int i) {
        return kinds[i];
    }

    private int delta(int i) {
        return (outEnd(i) - outStart(i)) - (inEnd(i) - inStart(i));
    }

    /**
     * Returns the changes of {@code first} followed by {@code second} (whose input is {@code first}'s output).
     * Changes that overlap in the middle text become one, with the first step's kind if it has one.
     */
    static Edits compose(Edits first, Edits second) {
        if (none(first)) {
            return second;
        }
        if (none(second)) {
            return first;
        }
        Edits out = new Edits();
        int i = 0;
        int j = 0;
        // Offsets move by the size changes of the changes already passed: d1 maps middle to first input,
        // d2 middle to last output.
        int d1 = 0;
        int d2 = 0;
        while (i < first.size || j < second.size) {
            int d1Before = d1;
            int d2Before = d2;
            int s1 = i < first.size ? first.outStart(i) : Integer.MAX_VALUE;
            int s2 = j < second.size ? second.inStart(j) : Integer.MAX_VALUE;
            int a = Math.min(s1, s2);
            int b = a;
            Repair.Kind k1 = null;
            Repair.Kind k2 = null;
            // The group starts with the change that starts first and takes in every change it touches.
            boolean takeFirst = s1 <= s2;
            boolean takeSecond = !takeFirst;
            while (takeFirst || takeSecond) {
                if (takeFirst) {
                    b = Math.max(b, first.outEnd(i));
                    k1 = k1 == null ? first.kind(i) : k1;
                    d1 += first.delta(i);
                    i++;
                } else {
                    b = Math.max(b, second.inEnd(j));
                    k2 = k2 == null ? second.kind(j) : k2;
                    d2 += second.delta(j);
                    j++;
                }
                takeFirst = i < first.size && touches(first.outStart(i), first.outEnd(i), a, b);
                takeSecond = !takeFirst && j < second.size && touches(second.inStart(j), second.inEnd(j), a, b);
            }
            out.add(a - d1Before, b - d1, a + d2Before, b + d2, k1 != null ? k1 : k2);
        }
        return out;
    }

    /** Tells whether {@code [s, e)} overlaps {@code [a, b)}, or an empty one of them lies at the other's edge. */
    private static boolean touches(int s, int e, int a, int b) {
        return s < b && a < e || (s == e || a == b) && s <= b && a <= e;
    }

    /**
     * Appends the reported changes (those with a kind) to {@code sink} as repairs from {@code input} to
     * {@code output}, their spans moved by {@code offset} (where {@code output} starts in the article text).
     */
    void report(String input, String output, int offset, List<Repair> sink) {
        for (int i = 0; i < size; i++) {
            if (kinds[i] == null) {
                continue;
            }
            int is = inStart(i);
            int ie = inEnd(i);
            int os = outStart(i);
            int oe = outEnd(i);
            if (kinds[i] == Repair.Kind.INVISIBLE || kinds[i] == Repair.Kind.CONTROL) {
                // A removal next to folded white space is recorded without the space that stayed.
                while (is < ie && os < oe && input.charAt(is) == output.charAt(os)) {
                    is++;
                    os++;
                }
                while (is < ie && os < oe && input.charAt(ie - 1) == output.charAt(oe - 1)) {
                    ie--;
                    oe--;
                }
            } else if (kinds[i] == Repair.Kind.MOJIBAKE) {
                // A run that decoded to a removed character ("â€‹", a zero-width space) took in the folded spaces.
                while (is < ie && os < oe && input.charAt(is) == output.charAt(os)
                        && Character.isWhitespace(input.charAt(is))) {
                    is++;
                    os++;
                }
                while (is < ie && os < oe && input.charAt(ie - 1) == output.charAt(oe - 1)
                        && Character.isWhitespace(input.charAt(ie - 1))) {
                    ie--;
                    oe--;
                }
            }
            sink.add(new Repair(kinds[i], offset + os, offset + oe, input.substring(is, ie), output.substring(os, oe)));
        }
    }
}
