package dev.briefly.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefly.BrieflyException;
import dev.briefly.ingest.Ingester;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Tag;

/** Fuzzes HTML ingestion and main-content extraction: bad pages may be refused, never crash. */
@Tag("slow")
class HtmlExtractionFuzzTest {

    private static final Ingester INGESTER = new Ingester();

    @FuzzTest(maxDuration = "10s")
    void htmlExtractionNeverThrowsUnexpectedly(FuzzedDataProvider data) throws IOException {
        byte[] page = data.consumeRemainingAsBytes();
        try {
            INGESTER.ingest(new ByteArrayInputStream(page), "page.html");
        } catch (BrieflyException expected) {
            // a clear refusal ("no text found") is a fine answer to junk
        }
    }
}
