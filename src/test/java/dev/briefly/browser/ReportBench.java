package dev.briefly.browser;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.render.HtmlRenderer;
import dev.briefly.render.JsonRenderer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures HTML reports on both sides (a benchmark, not a test; {@code bench/html-report.sh} runs it): on
 * Briefly's side the page's size and the time to render it from a summary, next to {@code --format json}; in
 * headless Chromium the browser's own timings of a load (first paint, first contentful paint, DOM interactive,
 * DOMContentLoaded, load) and of a reader's actions (choose the actor with the most mentions, step to the next
 * mention, follow a summary link), each from the click to the next frame. Prints one Markdown table per side.
 *
 * <p>Usage: {@code ReportBench OUTDIR RUNS FILE...}; the reports are written to OUTDIR. Medians over RUNS.
 */
public final class ReportBench {

    /** Loads the page's timings, relative to the start of the navigation, once the paint entries exist. */
    private static final String LOAD = """
            var done = arguments[arguments.length - 1], tries = 0;
            (function poll() {
              var paint = {};
              performance.getEntriesByType('paint').forEach(function (e) { paint[e.name] = e.startTime; });
              if (!('first-contentful-paint' in paint) && tries++ < 100) { setTimeout(poll, 50); return; }
              var n = performance.getEntriesByType('navigation')[0];
              var longest = 0, blocking = 0;
              window.__long.forEach(function (d) { longest = Math.max(longest, d); blocking += d - 50; });
              done([paint['first-paint'] || -1, paint['first-contentful-paint'] || -1, n.domInteractive,
                    n.domContentLoadedEventEnd, n.loadEventEnd, longest, blocking]);
            })();""";

    /** Records the page's long tasks (over 50 ms) from its start; DevTools injects it before the page. */
    private static final String LONG_TASKS = "window.__long = []; new PerformanceObserver(function (list) {"
            + " list.getEntries().forEach(function (e) { window.__long.push(e.duration); }); })"
            + ".observe({type: 'longtask'});";

    /** Clicks {@code arguments[0]} and answers the milliseconds until the frame after it is drawn. */
    private static final String CLICK = """
            var done = arguments[arguments.length - 1], el = document.querySelector(arguments[0]);
            var t = performance.now();
            el.click();
            requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - t); }, 0); });""";

    private ReportBench() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        Briefly briefly = Briefly.builder().grammar(GrammarMode.OFF).build();
        List<Path> pages = new ArrayList<>();
        System.out.println("| article | text (chars) | mentions | JSON size | HTML size | JSON render (ms) | HTML render (ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 2; i < args.length; i++) {
            Path in = Path.of(args[i]);
            Summary s = briefly.summarize(in);
            HtmlRenderer html = new HtmlRenderer();
            JsonRenderer json = new JsonRenderer();
            double[] htmlMs = new double[runs];
            double[] jsonMs = new double[runs];
            String page = null;
            String doc = null;
            for (int r = -2; r < runs; r++) {
                long t0 = System.nanoTime();
                page = html.render(s);
                long t1 = System.nanoTime();
                doc = json.render(s);
                long t2 = System.nanoTime();
                if (r >= 0) {
                    htmlMs[r] = (t1 - t0) / 1e6;
                    jsonMs[r] = (t2 - t1) / 1e6;
                }
            }
            Path file = out.resolve(in.getFileName() + ".summary.html");
            Files.writeString(file, page, StandardCharsets.UTF_8);
            pages.add(file);
            int mentions = s.actors().stream().mapToInt(a -> a.mentions().size()).sum();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %.1f | %.1f |%n", in.getFileName(),
                    s.text().length(), mentions, size(doc), size(page), median(jsonMs), median(htmlMs));
        }
        System.out.println();
        System.out.println("| page | first paint | first contentful paint | DOM interactive | DOMContentLoaded | load"
                + " | longest task | total blocking | choose actor | next mention | summary link |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.beforeEveryPage(LONG_TASKS);
            for (Path page : pages) {
                double[][] load = new double[7][runs];
                double[][] act = new double[3][runs];
                for (int r = 0; r < runs; r++) {
                    chromium.driver().get("about:blank");
                    chromium.open(page);
                    List<?> t = (List<?>) chromium.driver().executeAsyncScript(LOAD);
                    for (int k = 0; k < 7; k++) {
                        load[k][r] = ((Number) t.get(k)).doubleValue();
                    }
                    String chip = "button[data-actor-button=\"" + mostMentioned(chromium) + "\"]";
                    chromium.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
                    act[0][r] = click(chromium, chip);
                    act[1][r] = click(chromium, "#next");
                    act[2][r] = click(chromium, "a[data-go=\"s-1\"]");
                }
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f"
                        + " | %.0f |%n", page.getFileName(), median(load[0]), median(load[1]), median(load[2]),
                        median(load[3]), median(load[4]), median(load[5]), median(load[6]), median(act[0]),
                        median(act[1]), median(act[2]));
            }
        }
        System.out.println();
        System.out.println("Times in ms, medians of " + runs + " runs; browser columns are Chromium's own "
                + "PerformancePaintTiming / PerformanceNavigationTiming, long tasks from its PerformanceObserver (total blocking:"
                + " the sum of each long task's time over 50 ms, until load), actions from click to the next frame.");
    }

    private static long mostMentioned(HeadlessChromium chromium) {
        return chromium.jsLong("var d = JSON.parse(document.getElementById('briefly-data').textContent), best = 0;"
                + " d.actors.forEach(function (a, i) { if (a.mentions.length > d.actors[best].mentions.length)"
                + " { best = i; } }); return best + 1;");
    }

    private static double click(HeadlessChromium chromium, String selector) {
        return ((Number) chromium.driver().executeAsyncScript(CLICK, selector)).doubleValue();
    }

    private static String size(String s) {
        double kb = s.getBytes(StandardCharsets.UTF_8).length / 1000.0;
        return kb >= 1000 ? String.format(Locale.ROOT, "%.2f MB", kb / 1000) : String.format(Locale.ROOT, "%.1f kB", kb);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
