package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that a written name table reads back with the same answers, and nothing for forms it does not hold. */
class NameTableTest {

    private static NameTable roundTrip(SortedMap<String, Integer> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameTable.write(rows, out);
        return NameTable.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyFormReadsBackWithItsTypeAndGivenNameFlag() throws IOException {
        SortedMap<String, Integer> rows = new TreeMap<>();
        rows.put("'s-Gravenhage", NameTable.code(ActorType.LOCATION, false));
        rows.put("Amsterdam", NameTable.code(ActorType.LOCATION, false));
        rows.put("Anna", NameTable.code(ActorType.PERSON, true));
        rows.put("Annabel", NameTable.code(null, true));
        rows.put("Ödön", NameTable.code(ActorType.PERSON, true));
        rows.put("Žižek", NameTable.code(ActorType.OTHER, false));
        rows.put("中国", NameTable.code(ActorType.ORGANIZATION, false));
        NameTable table = roundTrip(rows);

        assertEquals(rows.size(), table.size());
        int i = 0;
        for (var e : rows.entrySet()) {
            assertEquals(e.getKey(), table.form(i++));
            Lexicon.Info info = table.info(e.getKey());
            assertEquals(e.getValue(), NameTable.code(info.type(), info.firstName()), e.getKey());
            assertTrue(info.known() && info.proper(), e.getKey());
        }
        assertEquals(ActorType.LOCATION, table.info("Amsterdam").type());
        assertTrue(table.info("Annabel").firstName());
    }

    @Test
    void prefixesExtensionsAndFormsOutsideTheRangeAreUnknown() throws IOException {
        SortedMap<String, Integer> rows = new TreeMap<>();
        rows.put("Anna", NameTable.code(ActorType.PERSON, true));
        rows.put("Berlin", NameTable.code(ActorType.LOCATION, false));
        NameTable table = roundTrip(rows);
        for (String form : new String[] {"", "A", "Ann", "Annas", "anna", "Berli", "Berlins", "!", "zzz"}) {
            assertEquals(Lexicon.Info.UNKNOWN, table.info(form), form);
        }
        assertEquals(Lexicon.Info.UNKNOWN, roundTrip(new TreeMap<>()).info("Anna"));
    }

    @Test
    void aTruncatedTableIsRefused() throws IOException {
        SortedMap<String, Integer> rows = new TreeMap<>();
        rows.put("Anna", NameTable.code(ActorType.PERSON, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameTable.write(rows, out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 1);
        assertThrows(IOException.class, () -> NameTable.read(new ByteArrayInputStream(cut)));
    }
}
