package dev.briefly.actors;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads city and region names from ICU for {@link PlaceNames}: at build time, and at run time only where the
 * compiled files are missing. The only class of the actor stage that needs ICU, which a library user may leave out.
 * Stateless and thread-safe.
 */
final class IcuPlaceNames {

    /**
     * The UN M.49 region codes whose names are places; "001" (the world: "Mundo", "Welt" also name newspapers) is
     * left out, and so are EU and UN, which are bodies.
     */
    private static final List<String> REGIONS = List.of("002", "005", "009", "011", "013", "014", "015", "017",
            "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "061", "142", "143", "145", "150",
            "151", "154", "155", "202", "419");

    /**
     * Time-zone folders whose example cities are small towns or research stations, often named for people
     * ("Casey", "Davis", "Knox", "Palmer"), not the cities news writes about.
     */
    private static final List<String> SKIPPED_ZONES = List.of("Antarctica/", "America/Indiana/",
            "America/Kentucky/", "America/North_Dakota/", "Australia/Lord_Howe", "Arctic/");

    private IcuPlaceNames() {
    }

    /**
     * Returns the folded names ({@link PlaceNames#fold}) of the time zones' cities and the regions, in the language
     * of {@code locale} and in English.
     */
    static Set<String> names(Locale locale) {
        Set<String> out = new HashSet<>();
        for (ULocale display : List.of(ULocale.forLocale(locale), ULocale.ENGLISH)) {
            TimeZoneNames zones = TimeZoneNames.getInstance(display);
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                if (SKIPPED_ZONES.stream().anyMatch(id::startsWith)) {
                    continue;
                }
                String city = zones.getExemplarLocationName(id);
                if (city != null && city.length() > 2) {
                    out.add(PlaceNames.fold(city, locale));
                }
            }
            for (String region : REGIONS) {
                out.add(PlaceNames.fold(ULocale.getDisplayCountry("und_" + region, display), locale));
            }
        }
        return out;
    }
}
