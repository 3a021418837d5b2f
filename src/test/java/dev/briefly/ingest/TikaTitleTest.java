package dev.briefly.ingest;

import dev.briefly.Documents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Checks that PDF and DOCX titles come from metadata, else from the headline, and leave the body. */
@Tag("slow")
class TikaTitleTest {

    private static final String HEADLINE = "City council approves new river bridge after decade of debate";
    private static final List<String> BODY = List.of(
            "The city council of Northbridge voted on Tuesday to build a new bridge across the Avon River, ending "
                    + "more than ten years of argument over how to ease traffic in the town centre.",
            "The bridge, which will cost an estimated 48 million pounds, is due to open in 2029.");

    private final Ingester ingester = new Ingester();

    private RawArticle read(byte[] doc, String name) throws IOException {
        return ingester.ingest(new ByteArrayInputStream(doc), name);
    }

    private static List<String> withHeadline() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(HEADLINE), BODY.stream()).toList();
    }

    @Test
    void pdfWithoutTitleMetadataTakesItsHeadline() throws IOException {
        RawArticle a = read(Documents.pdf(null, withHeadline(), 90, false), "a.pdf");
        assertEquals(HEADLINE, a.source().title());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void docxWithoutTitleMetadataTakesItsHeadline() throws IOException {
        RawArticle a = read(Documents.docx(null, withHeadline()), "a.docx");
        assertEquals(HEADLINE, a.source().title());
        assertEquals(BODY.get(0), a.paragraphs().get(0));
    }

    @Test
    void titleMetadataComesFirstAndPlaceholdersAreIgnored() throws IOException {
        assertEquals("Bridge vote", read(Documents.pdf("Bridge vote", withHeadline(), 90, false), "a.pdf")
                .source().title());
        assertEquals(HEADLINE, read(Documents.docx("Microsoft Word - draft3.docx", withHeadline()), "a.docx")
                .source().title());
    }

    @Test
    void documentWithoutHeadlineHasNoTitle() throws IOException {
        RawArticle a = read(Documents.docx(null, BODY), "a.docx");
        assertNull(a.source().title());
        assertEquals(BODY, a.paragraphs());
    }

    @Test
    void firstHeadingIsTheTitleWhenMetadataIsMissing() {
        assertEquals("Bridge approved", Titles.choose(null, "Bridge  approved", BODY));
        assertEquals("Meta", Titles.choose("Meta", "Bridge approved", BODY));
        assertEquals(HEADLINE, Titles.choose("untitled", null, withHeadline()));
    }
}
