package dev.briefly.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects publication dates no article can have: a placeholder such as {@code 0001-01-01T00:00:00Z}, a year
 * before {@value #EARLIEST_YEAR}, a month 13 or a date more than {@value #FUTURE_DAYS} days ahead (time zones and
 * embargoed pages give a day or so).
 *
 * <p>Stateless and thread-safe.
 */
final class PublicationDates {

    /** Earliest year accepted. */
    static final int EARLIEST_YEAR = 1800;
    /** Days after today still accepted. */
    static final int FUTURE_DAYS = 2;

    private static final Pattern ISO = Pattern.compile("^\\s*([+-]?\\d{1,6})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private PublicationDates() {
    }

    /** Returns {@code date} when it can be a publication date today (UTC), else null; null stays null. */
    static String plausible(String date) {
        return plausible(date, LocalDate.now(ZoneOffset.UTC));
    }

    /** Returns {@code date} when it can be a publication date on {@code today}, else null. */
    static String plausible(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return null;
        }
        LocalDate latest = today.plusDays(FUTURE_DAYS);
        Matcher iso = ISO.matcher(date);
        if (iso.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                return d.getYear() >= EARLIEST_YEAR && !d.isAfter(latest) ? date : null;
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        // Other forms ("5 March 2024", "Tue, 05 Mar 2024 10:00:00 GMT"): judge by the year when one is written.
        Matcher year = YEAR.matcher(date);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return y >= EARLIEST_YEAR && y <= latest.getYear() ? date : null;
        }
        return date;
    }
}
