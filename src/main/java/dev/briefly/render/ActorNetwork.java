package dev.briefly.render;

import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.actors.Mention;
import dev.briefly.quotes.Quote;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Draws the most salient actors of a story as an inline SVG network: a line joins two actors named in the same
 * paragraph (thicker the more often), a dashed line joins a speaker to the actors named in their quotes.
 *
 * <p>Nodes sit on a circle in salience order; no library, no script. Stateless and thread-safe.
 */
final class ActorNetwork {

    /** Most actors drawn; more would make the small picture unreadable. */
    static final int MAX_NODES = 12;

    private static final int SIZE = 360;

    private ActorNetwork() {
    }

    /** Appends the SVG for {@code s} to {@code out}, or nothing when fewer than two actors are shown. */
    static void write(Summary s, StringBuilder out) {
        List<Actor> actors = s.shownActors();
        actors = actors.subList(0, Math.min(MAX_NODES, actors.size()));
        int n = actors.size();
        if (n < 2) {
            return;
        }
        int[] paragraphOf = paragraphStarts(s.text());
        int[][] together = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                together[i][j] = shared(paragraphs(actors.get(i), paragraphOf), paragraphs(actors.get(j), paragraphOf));
            }
        }
        boolean[][] says = new boolean[n][n];
        for (Quote q : s.quotes()) {
            int speaker = speakerOf(q, actors);
            for (int j = 0; speaker >= 0 && j < n; j++) {
                if (j != speaker && actors.get(j).mentions().stream()
                        .anyMatch(m -> m.start() >= q.start() && m.end() <= q.end())) {
                    says[speaker][j] = true;
                }
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double c = SIZE / 2.0;
        double r = SIZE / 2.0 - 60;
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            x[i] = c + r * Math.cos(angle);
            y[i] = c + r * Math.sin(angle);
        }
        out.append("<svg class=\"net\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" role=\"img\" aria-labelledby=\"net-title\"><title id=\"net-title\">")
                .append("Who appears with whom: actors named in the same paragraph are joined; a dashed line")
                .append(" joins a speaker to the actors named in their quotes</title>\n");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (together[i][j] > 0) {
                    line(out, x, y, i, j, "", Math.min(6, together[i][j]));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (says[i][j]) {
                    line(out, x, y, i, j, " class=\"says\"", 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            int radius = 6 + (int) Math.min(10, Math.round(Math.sqrt(a.mentions().size()) * 2));
            String type = a.type() == null ? "OTHER" : a.type().name();
            out.append("<g class=\"t-").append(type).append("\" data-node=\"").append(i + 1).append("\"><circle cx=\"")
                    .append(num(x[i])).append("\" cy=\"").append(num(y[i])).append("\" r=\"").append(radius)
                    .append("\"/><text x=\"").append(num(x[i])).append("\" y=\"")
                    .append(num(y[i] + radius + 12)).append("\" text-anchor=\"middle\">")
                    .append(Html.escape(shortName(a.name()))).append("</text></g>\n");
        }
        out.append("</svg>\n");
    }

    private static void line(StringBuilder out, double[] x, double[] y, int i, int j, String cls, int width) {
        out.append("<line").append(cls).append(" x1=\"").append(num(x[i])).append("\" y1=\"").append(num(y[i]))
                .append("\" x2=\"").append(num(x[j])).append("\" y2=\"").append(num(y[j]))
                .append("\" stroke-width=\"").append(width).append("\"/>\n");
    }

    /** Returns the index among {@code actors} of the quote's speaker, matched by name or a mention's words. */
    static int speakerOf(Quote q, List<Actor> actors) {
        if (q.speaker() == null) {
            return -1;
        }
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (q.speaker().equals(a.name()) || a.mentions().stream().anyMatch(m -> q.speaker().equals(m.text()))) {
                return i;
            }
        }
        return -1;
    }

    private static String shortName(String name) {
        String s = name == null ? "" : name;
        return s.length() > 24 ? s.substring(0, 23) + "\u2026" : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Returns the start offsets of the paragraphs of {@code text}, in order. */
    private static int[] paragraphStarts(String text) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        starts.put(0, 0);
        int idx = text.indexOf("\n\n");
        while (idx >= 0) {
            starts.put(idx + 2, starts.size());
            idx = text.indexOf("\n\n", idx + 2);
        }
        return starts.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static long[] paragraphs(Actor a, int[] starts) {
        return a.mentions().stream().mapToLong(m -> paragraph(m, starts)).distinct().sorted().toArray();
    }

    private static int paragraph(Mention m, int[] starts) {
        int i = java.util.Arrays.binarySearch(starts, m.start());
        return i >= 0 ? i : -i - 2;
    }

    private static int shared(long[] a, long[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
