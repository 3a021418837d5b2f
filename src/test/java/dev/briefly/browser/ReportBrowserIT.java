package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the seed's HTML report, made by the packaged command line, in headless Chromium and uses it as a reader
 * would: the highlighted summary, actor chips, quote and summary links, dark mode, contrast and the keyboard.
 */
@ResourceLock(HeadlessChromium.LOCK)
class ReportBrowserIT {

    /** Returns the lowest WCAG contrast ratio of the text of the elements {@code arguments[0]} selects. */
    static final String CONTRAST = """
            function rgb(s) { return s.match(/[\\d.]+/g).map(Number); }
            function lum(c) {
              var v = c.slice(0, 3).map(function (x) {
                x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            }
            function background(el) {
              for (; el; el = el.parentElement) {
                var c = rgb(getComputedStyle(el).backgroundColor);
                if (c.length < 4 || c[3] > 0) { return c; }
              }
              return [255, 255, 255];
            }
            var worst = 100, els = document.querySelectorAll(arguments[0]);
            for (var i = 0; i < els.length && i < 60; i++) {
              var el = els[i], svg = el instanceof SVGElement, s = getComputedStyle(el);
              var a = lum(rgb(svg ? s.fill : s.color)), b = lum(background(el));
              worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
            }
            return els.length ? worst : -1;""";

    /** Text the page shows in both schemes, with what it sits on; each must reach AA's 4.5:1. */
    static final List<String> TEXT = List.of("body", "h1", "h2", ".meta", "ol.sum a", "mark.s", ".q", ".speaker",
            "ul.quotes a", ".chip.t-PERSON", ".chip.t-ORGANIZATION", ".chip.t-LOCATION", ".chip small",
            ".chip[aria-pressed=true]", ".chip[aria-pressed=true] small", ".a.hit", "#status", ".net text",
            ".step", "details summary", "#repairs a", ".r");

    private static HeadlessChromium chromium;
    private static Path seed;
    private static JsonNode json;

    @BeforeAll
    static void open() throws Exception {
        seed = ReportPages.seed();
        json = ReportPages.embeddedJson(seed);
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void load() {
        chromium.colorScheme("light");
        chromium.open(seed);
    }

    @Test
    void theThreeSummarySentencesAreHighlightedInPlaceInSummaryOrder() {
        JsonNode summary = json.path("summary");
        assertEquals(3, summary.size());
        assertEquals(3L, chromium.jsLong("return document.querySelectorAll('#article [data-summary]"
                + ":not([data-cont])').length"));
        for (int n = 1; n <= 3; n++) {
            String text = (String) chromium.js("return Array.prototype.map.call(document.querySelectorAll("
                    + "'#article [data-summary=\"' + arguments[0] + '\"]'), function (e) { return e.textContent; })"
                    + ".join('')", n);
            assertEquals(summary.get(n - 1).path("text").asText(), text, "sentence " + n);
            WebElement mark = chromium.driver().findElement(By.id("s-" + n));
            assertTrue(mark.isDisplayed());
            assertNotEquals("rgba(0, 0, 0, 0)", mark.getCssValue("background-color"), "sentence " + n + " is lit");
            assertEquals(summary.get(n - 1).path("text").asText(),
                    chromium.driver().findElement(By.cssSelector("ol.sum a[data-go=s-" + n + "]")).getText());
        }
        chromium.screenshot("seed-report");
    }

    @Test
    void choosingAnActorHighlightsEveryMentionTheJsonListsAndStepsThroughThem() {
        JsonNode actors = json.path("actors");
        assertTrue(actors.size() > 5, "the seed names many actors");
        chromium.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        for (int n = 1; n <= actors.size(); n++) {
            JsonNode mentions = actors.get(n - 1).path("mentions");
            WebElement chip = chromium.driver().findElement(By.cssSelector("button[data-actor-button=\"" + n + "\"]"));
            chip.click();
            assertEquals("true", chip.getAttribute("aria-pressed"));
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) chromium.js("return Array.prototype.map.call(document.querySelectorAll("
                    + "'#article .a.hit:not([data-cont])'), function (e) { return e.id + '|' + e.textContent; })");
            assertEquals(mentions.size(), ids.size(), actors.get(n - 1).path("name").asText());
            for (int m = 0; m < ids.size(); m++) {
                String[] idAndText = ids.get(m).split("\\|", 2);
                assertEquals("a-" + n + "-" + (m + 1), idAndText[0]);
                assertTrue(mentions.get(m).path("text").asText().startsWith(idAndText[1]), ids.get(m));
            }
            assertEquals(0L, chromium.jsLong("return document.querySelectorAll('.a.hit:not([data-actor=\""
                    + n + "\"])').length"), "only the chosen actor is lit");
            if (n == 1) {
                chromium.screenshot("seed-actor-chosen");
            }
        }
        // Step through the mentions of the actor with the most (aliases included, e.g. "Assad").
        int most = 0;
        for (int n = 1; n < actors.size(); n++) {
            most = actors.get(n).path("mentions").size() > actors.get(most).path("mentions").size() ? n : most;
        }
        int count = actors.get(most).path("mentions").size();
        chromium.driver().findElement(By.cssSelector("button[data-actor-button=\"" + (most + 1) + "\"]")).click();
        WebElement status = chromium.driver().findElement(By.id("status"));
        assertEquals("Mention 1 of " + count, status.getText());
        chromium.driver().findElement(By.id("next")).click();
        assertEquals("Mention 2 of " + count, status.getText());
        assertEquals("a-" + (most + 1) + "-2", chromium.js("return document.querySelector('.a.cur').id"));
        chromium.driver().findElement(By.id("prev")).click();
        chromium.driver().findElement(By.id("prev")).click();
        assertEquals("Mention " + count + " of " + count, status.getText());
        chromium.driver().findElement(By.cssSelector("button[data-actor-button=\"" + (most + 1) + "\"]")).click();
        assertEquals(0L, chromium.jsLong("return document.querySelectorAll('.a.hit, .a.cur').length"),
                "choosing the actor again clears it");
    }

    @Test
    void aQuoteLinkScrollsToItsQuoteAndFlashesItAndTheSpeaker() {
        WebElement link = chromium.driver().findElement(By.cssSelector("ul.quotes a[data-go]"));
        String id = link.getAttribute("data-go");
        int n = Integer.parseInt(id.substring(2));
        String speakerAt = link.getAttribute("data-speaker-at");
        chromium.js("window.scrollTo(0, 0)");
        link.click();
        assertLandedOn(id);
        String quote = (String) chromium.js("return Array.prototype.map.call(document.querySelectorAll("
                + "'#article [data-quote=\"' + arguments[0] + '\"]'), function (e) { return e.textContent; }).join('')", n);
        assertEquals(json.path("quotes").get(n - 1).path("text").asText(), quote);
        if (speakerAt != null) {
            assertEquals(Boolean.TRUE, chromium.js("return document.getElementById(arguments[0]).classList"
                    + ".contains('flash')", speakerAt), "the speaker's mention flashes too");
        }
        chromium.screenshot("seed-quote-followed");
        chromium.js("window.scrollTo(0, 0)");
        chromium.driver().findElement(By.cssSelector("ol.sum a[data-go=s-3]")).click();
        assertLandedOn("s-3");
    }

    private static void assertLandedOn(String id) {
        assertEquals("#" + id, chromium.js("return location.hash"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) chromium.js("var t = document.getElementById(arguments[0]),"
                + " r = t.getBoundingClientRect(); return {flash: t.classList.contains('flash'), focused: "
                + "document.activeElement === t, visible: r.top >= 0 && r.bottom <= innerHeight, top: window.scrollY}",
                id);
        assertEquals(Boolean.TRUE, state.get("flash"), id + " flashes");
        assertEquals(Boolean.TRUE, state.get("focused"), id + " takes the focus");
        assertEquals(Boolean.TRUE, state.get("visible"), id + " is scrolled into view");
        assertTrue(((Number) state.get("top")).doubleValue() > 0, "the page scrolled");
    }

    @Test
    void darkModeFromTheSystemSettingChangesTheColoursAndBothSchemesMeetAaContrast() {
        chromium.driver().findElement(By.cssSelector("button[data-actor-button=\"1\"]")).click();
        String lightBody = chromium.driver().findElement(By.tagName("body")).getCssValue("background-color");
        String lightMark = chromium.driver().findElement(By.id("s-1")).getCssValue("background-color");
        assertContrast("light");
        chromium.colorScheme("dark");
        String darkBody = chromium.driver().findElement(By.tagName("body")).getCssValue("background-color");
        assertNotEquals(lightBody, darkBody);
        assertNotEquals(lightMark, chromium.driver().findElement(By.id("s-1")).getCssValue("background-color"));
        assertTrue(chromium.jsLong("var c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g);"
                + " return +c[0] + +c[1] + +c[2]") < 3 * 64, "dark background: " + darkBody);
        assertContrast("dark");
        chromium.js("window.scrollTo(0, 0)");
        chromium.screenshot("seed-report-dark");
    }

    private static void assertContrast(String scheme) {
        List<String> low = new ArrayList<>();
        for (String selector : TEXT) {
            double worst = ((Number) chromium.js(CONTRAST, selector)).doubleValue();
            if (worst >= 0 && worst < 4.5) {
                low.add(selector + String.format(java.util.Locale.ROOT, " %.2f", worst));
            }
        }
        assertEquals(List.of(), low, "text below 4.5:1 in the " + scheme + " scheme");
    }

    @Test
    void theKeyboardReachesTheSummaryLinksThenTheActorChipsInPageOrder() {
        chromium.js("window.scrollTo(0, 0); document.activeElement.blur()");
        long chips = chromium.jsLong("return document.querySelectorAll('ul.chips:not(details ul) .chip').length");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 120 && !order.contains("chip " + chips); i++) {
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
            order.add((String) chromium.js("var e = document.activeElement; return e.hasAttribute('data-go') ? "
                    + "'go ' + e.getAttribute('data-go') : e.hasAttribute('data-actor-button') ? 'chip ' + "
                    + "e.getAttribute('data-actor-button') : e.className === 'skip' ? 'skip' : e.tagName"));
        }
        assertEquals("skip", order.get(0), "the skip link comes first: " + order);
        // The header's count of repairs (the seed has one) links to the first repair, before the summary.
        int repairs = json.path("repairs").isEmpty() ? 0 : 1;
        assertEquals(repairs == 0 ? List.of() : List.of("go r-1"), order.subList(1, 1 + repairs), order.toString());
        assertEquals(List.of("go s-1", "go s-2", "go s-3"), order.subList(1 + repairs, 4 + repairs), order.toString());
        int firstChip = order.indexOf("chip 1");
        assertTrue(firstChip > 3 + repairs, order.toString());
        for (int n = 1; n <= chips; n++) {
            assertEquals("chip " + n, order.get(firstChip + n - 1), order.toString());
        }
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("true", chromium.js("return document.activeElement.getAttribute('aria-pressed')"),
                "Enter chooses the focused chip");
        assertFalse(chromium.driver().findElements(By.cssSelector(".a.hit")).isEmpty());
    }

    @Test
    void everyRepairOfAnArticleWithPlantedDamageIsMarkedWhereItStandsWithWhatStoodThere() throws Exception {
        Path damaged = ReportPages.damaged();
        JsonNode data = ReportPages.embeddedJson(damaged);
        JsonNode repairs = data.path("repairs");
        List<String> kinds = new ArrayList<>();
        repairs.forEach(r -> kinds.add(r.path("kind").asText()));
        assertEquals(List.of("HYPHENATION", "HYPHENATION", "COMPOUND_BREAK", "INVISIBLE", "NORMALIZATION", "CONTROL"),
                kinds, repairs.toString());
        chromium.open(damaged);
        String text = data.path("text").asText();
        for (int n = 1; n <= repairs.size(); n++) {
            JsonNode r = repairs.get(n - 1);
            int start = r.path("start").asInt();
            int end = r.path("end").asInt();
            @SuppressWarnings("unchecked")
            Map<String, Object> mark = (Map<String, Object>) chromium.js("var m = document.getElementById('r-' + "
                    + "arguments[0]), range = document.createRange(); range.setStart(document.getElementById("
                    + "'article'), 0); range.setEndBefore(m); return {at: range.toString().length, text: "
                    + "m.textContent, tab: m.tabIndex, msg: m.getAttribute('aria-description'), title: m.title}", n);
            String shown = (String) mark.get("text");
            int at = ((Number) mark.get("at")).intValue();
            if (start < end) {
                assertEquals(start, at, "repair " + n + " is marked at its offset");
                assertEquals(r.path("replacement").asText(), shown);
            } else {
                // A removal is marked on the word it stood in (or after).
                assertTrue(at <= start && start <= at + shown.length(), "removal " + n + " at " + start + " in "
                        + at + "+" + shown);
                assertEquals(text.substring(at, at + shown.length()), shown);
            }
            assertEquals(0L, ((Number) mark.get("tab")).longValue(), "repair " + n + " takes the keyboard focus");
            assertEquals(mark.get("title"), mark.get("msg"));
            assertTrue(((String) mark.get("msg")).startsWith("Repaired: "), mark.toString());
        }
        assertEquals("international", chromium.driver().findElement(By.cssSelector("[data-repair='2']")).getText());
        assertTrue(chromium.driver().findElement(By.id("r-2")).getAttribute("title")
                .contains("inter-\u21B5national"), "the original shows its line break");
        assertEquals("well-known", chromium.driver().findElement(By.id("r-3")).getText());
        assertEquals("budget", chromium.driver().findElement(By.id("r-4")).getText());
        assertTrue(chromium.driver().findElement(By.id("r-4")).getAttribute("title")
                .contains("[U+200B zero width space]"));
        assertEquals("6 repairs of the ingested text (2 hyphenation, 1 broken compound, 1 invisible character, "
                + "1 control character, 1 composed accent)",
                chromium.driver().findElement(By.cssSelector("header #repairs a")).getText());
        // The count leads to the first repair; focusing a mark shows what stood there, as hovering does.
        chromium.driver().findElement(By.cssSelector("header #repairs a")).click();
        assertLandedOn("r-1");
        assertEquals(chromium.driver().findElement(By.id("r-1")).getAttribute("data-msg"),
                chromium.driver().findElement(By.id("tip")).getText());
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("r-2", chromium.js("return document.activeElement.id"), "Tab goes on to the next repair");
        // A screen reader is told what stood there: Chromium's accessibility tree gives the mark a description.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chromium.cdp("Accessibility.getFullAXTree",
                Map.of()).get("nodes");
        assertTrue(nodes.stream().anyMatch(node -> node.get("description") instanceof Map<?, ?> d
                        && String.valueOf(d.get("value")).contains("inter-\u21B5national")),
                "the repair's description is in the accessibility tree");
        chromium.screenshot("damaged-report-repair-focused");
        // The seed's own damage, "investig-ation", is marked where the summary sentence holds it.
        chromium.open(seed);
        WebElement seedRepair = chromium.driver().findElement(By.cssSelector("#article [data-repair='1']"));
        assertEquals("investigation", seedRepair.getText());
        assertTrue(seedRepair.getAttribute("title").contains("investig-ation"));
    }

    /**
     * Returns the box of the message shown for the focused or hovered mark {@code arguments[0]}: the page's
     * tooltip element when one shows, else the mark's {@code ::after} (placed from its computed style), with
     * whether the page paints it at each corner (what {@code elementFromPoint} finds there is the tooltip, or for
     * the pseudo-element its mark); null when no message shows.
     */
    static final String MESSAGE_BOX = """
            var m = arguments[0], tip = document.querySelector('[role=tooltip]'), box, el, text;
            if (tip && !tip.hidden && getComputedStyle(tip).display !== 'none') {
              var r = tip.getBoundingClientRect();
              box = {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; el = tip; text = tip.textContent;
            } else {
              var s = getComputedStyle(m, '::after');
              if (s.content === 'none' || s.display === 'none') { return null; }
              var at = m.getClientRects()[0], px = function (v) { return parseFloat(v) || 0; };
              var left = at.left + px(s.left), top = at.top + px(s.top);
              box = {left: left, top: top, right: left + px(s.width) + px(s.paddingLeft) + px(s.paddingRight),
                bottom: top + px(s.height) + px(s.paddingTop) + px(s.paddingBottom)};
              el = m; text = JSON.parse(s.content);
            }
            var corners = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2],
              [box.right - 2, box.bottom - 2]];
            box.painted = corners.map(function (c) {
              var hit = document.elementFromPoint(c[0], c[1]); return !!hit && (hit === el || el.contains(hit)); });
            box.text = text; box.width = innerWidth; box.height = innerHeight;
            return box;""";

    @Test
    void aMarksMessageShowsWholeInsideTheWindowEvenAtTheRightEdgeOfItsParagraph() throws Exception {
        chromium.open(ReportPages.damaged());
        // Indent the first line so that the first repair ends at its paragraph's right edge, where a message
        // placed below the mark's start would run out of the paragraph and the window.
        chromium.js("var m = document.getElementById('r-1'), p = m.closest('p');"
                + " p.style.textIndent = (p.getBoundingClientRect().right - m.getBoundingClientRect().right - 4) + 'px'");
        assertTrue(chromium.jsLong("var m = document.getElementById('r-1'), p = m.closest('p');"
                + " return m.getClientRects().length === 1 ? p.getBoundingClientRect().right"
                + " - m.getBoundingClientRect().right : 999") < 12, "the mark stands at its paragraph's right edge");
        List<WebElement> marks = chromium.driver().findElements(By.cssSelector("#article [data-msg]:not([data-cont])"));
        assertTrue(marks.size() >= 6, "every repair is marked");
        for (WebElement mark : marks) {
            chromium.js("arguments[0].focus()", mark);
            assertMessageShowsWhole(chromium, mark, "focused " + mark.getAttribute("id"));
        }
        WebElement first = chromium.driver().findElement(By.id("r-1"));
        chromium.js("document.activeElement.blur()");
        new Actions(chromium.driver()).moveToElement(first).perform();
        assertMessageShowsWhole(chromium, first, "hovered r-1");
        chromium.screenshot("damaged-report-message-at-right-edge");
        new Actions(chromium.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(chromium.driver().findElement(By.id("tip")).isDisplayed(), "Escape dismisses the message");
    }

    private static void assertMessageShowsWhole(HeadlessChromium browser, WebElement mark, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.js(MESSAGE_BOX, mark);
        assertTrue(box != null, what + " shows a message");
        assertEquals(mark.getAttribute("data-msg"), box.get("text"), what);
        double left = ((Number) box.get("left")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        assertTrue(left >= 0 && top >= 0 && right <= ((Number) box.get("width")).doubleValue()
                && bottom <= ((Number) box.get("height")).doubleValue(), what + ": message inside the window " + box);
        assertEquals(List.of(true, true, true, true), box.get("painted"), what + ": message painted at its corners " + box);
    }

    @Test
    void withJavaScriptOffTheTextTheHighlightedSummaryAndTheMessagesStillShow() throws Exception {
        try (HeadlessChromium noScript = HeadlessChromium.start(1280, 900, false)) {
            noScript.open(seed);
            assertFalse(noScript.driver().findElement(By.id("next")).isDisplayed(),
                    "the step buttons stay hidden: the page's script did not run");
            List<WebElement> items = noScript.driver().findElements(By.cssSelector("ol.sum li"));
            assertEquals(3, items.size());
            for (int n = 1; n <= 3; n++) {
                assertEquals(json.path("summary").get(n - 1).path("text").asText(), items.get(n - 1).getText());
                WebElement mark = noScript.driver().findElement(By.id("s-" + n));
                assertTrue(mark.isDisplayed());
                assertNotEquals("rgba(0, 0, 0, 0)", mark.getCssValue("background-color"));
            }
            assertEquals(json.path("text").asText().replaceAll("\\s+", " ").trim(),
                    noScript.driver().findElement(By.id("article")).getText().replaceAll("\\s+", " ").trim());
            noScript.screenshot("seed-report-no-javascript");
            // Without the script a focused mark's message is drawn by CSS, and its paragraph no longer clips it.
            noScript.open(ReportPages.damaged());
            WebElement mark = noScript.driver().findElement(By.id("r-4"));
            noScript.js("arguments[0].focus()", mark);
            assertMessageShowsWhole(noScript, mark, "focused r-4 without JavaScript");
        }
    }
}
