package dev.briefly.ingest;

import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/** Holds the policies for embedded documents that {@link Ingester} gives Tika: an e-mail's body, else nothing. */
final class TikaEmbedded {

    private TikaEmbedded() {
    }

    /**
     * Parses the first inline text part of an e-mail (its body) and skips every other part: alternatives would
     * repeat the body and attachments are other documents. One instance serves one parse; not thread-safe.
     */
    static final class EmailBody implements EmbeddedDocumentExtractor {
        private final Parser parser;
        private final ParseContext context;
        private boolean bodySeen;

        EmailBody(Parser parser, ParseContext context) {
            this.parser = parser;
            this.context = context;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            // Tika marks every MIME part as an attachment; a part without a file name is the message body.
            String fileName = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            return !bodySeen && type != null && (type.startsWith("text/plain") || type.startsWith("text/html"))
                    && (fileName == null || fileName.isBlank());
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            bodySeen = true;
            try {
                parser.parse(stream, new org.apache.tika.sax.EmbeddedContentHandler(handler), metadata, context);
            } catch (TikaException e) {
                throw new IOException(e);
            }
        }
    }

    /** Skips embedded documents: a summary is about the document itself, not its attachments. */
    enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
