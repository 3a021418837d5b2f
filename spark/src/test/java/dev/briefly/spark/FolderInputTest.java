package dev.briefly.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks how the files of a folder are dealt into the job's partitions, without starting Spark. */
class FolderInputTest {

    @Test
    void filesAreDealtIntoPartitionsOfAboutEqualBytesEachFileOnceInNameOrder() {
        List<FolderInput.Listed> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // Sizes from 100 bytes to 100 kB, in a pattern, so that a deal by count would be uneven.
            long bytes = 100L + (i * 7919L) % 100_000;
            files.add(new FolderInput.Listed(String.format(java.util.Locale.ROOT, "%04d.txt", i), "file:/c/" + i, bytes));
        }
        files.add(new FolderInput.Listed("empty.txt", "file:/c/empty", 0));
        List<List<FolderInput.Listed>> bins = FolderInput.bins(files, 8);

        assertEquals(8, bins.size());
        List<String> ids = new ArrayList<>();
        bins.forEach(b -> b.forEach(f -> ids.add(f.id())));
        assertEquals(files.size(), ids.size());
        assertEquals(files.size(), ids.stream().distinct().count(), "every file in exactly one partition");
        long total = files.stream().mapToLong(FolderInput.Listed::bytes).sum();
        for (List<FolderInput.Listed> bin : bins) {
            long bytes = bin.stream().mapToLong(FolderInput.Listed::bytes).sum();
            assertEquals(total / 8.0, bytes, total / 8.0 * 0.02, "each partition within 2 % of an eighth");
            List<FolderInput.Listed> sorted = new ArrayList<>(bin);
            sorted.sort(Comparator.comparing(FolderInput.Listed::id));
            assertEquals(sorted, bin, "a task reads its files in name order");
        }
    }

    @Test
    void fewerFilesThanPartitionsLeaveSomePartitionsEmpty() {
        List<FolderInput.Listed> files = List.of(new FolderInput.Listed("a.txt", "file:/a.txt", 10),
                new FolderInput.Listed("b.txt", "file:/b.txt", 20));
        List<List<FolderInput.Listed>> bins = FolderInput.bins(files, 4);
        assertEquals(4, bins.size());
        assertEquals(2, bins.stream().filter(b -> b.size() == 1).count());
        assertTrue(bins.stream().allMatch(b -> b.size() <= 1));
    }
}
