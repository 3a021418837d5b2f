package dev.briefly.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Holds what one request sent: the document's bytes, the file name that helps tell its format, and the options;
 * {@link #read} reads it from a raw body with its own {@code Content-Type} or from a {@code multipart/form-data}
 * form (a {@code file} part or a {@code text} field, the options as fields), never more than the upload limit.
 * A document over {@link Spool#THRESHOLD} waits in a temporary file, which {@link #close} deletes; the request's
 * handler closes the upload when it answers.
 *
 * @param body     the document as sent (pasted text as UTF-8)
 * @param fileName the name the client gave, or one made from the media type ({@code upload.pdf}); may be empty
 * @param options  the summary options, by the command line's names
 */
record Upload(Spool body, String fileName, Map<String, String> options) implements AutoCloseable {

    /** Media types read from a raw body, with the extension that tells the ingester the format. */
    private static final Map<String, String> RAW_TYPES = Map.ofEntries(
            Map.entry("text/plain", "txt"), Map.entry("text/markdown", "md"), Map.entry("text/x-markdown", "md"),
            Map.entry("text/x-web-markdown", "md"), Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "xhtml"), Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"), Map.entry("application/rtf", "rtf"),
            Map.entry("text/rtf", "rtf"), Map.entry("application/epub+zip", "epub"), Map.entry("message/rfc822", "eml"),
            Map.entry("application/octet-stream", ""));

    /** What a raw body may be, for the 415 message. */
    static final String READABLE = "text/plain, text/html, text/markdown, application/pdf, DOCX/DOC, ODT, RTF, "
            + "EPUB, message/rfc822, application/octet-stream (format told by name and content) or multipart/form-data";

    /** Room for the form's own fields and boundaries beside a file of the upload limit. */
    private static final long FORM_OVERHEAD = 1 << 20;

    /**
     * Reads the request's body and options (query parameters, then form fields); throws 413 past {@code maxBytes},
     * 415 for a media type Briefly does not read, 400 for a form without a document.
     */
    static Upload read(Request request, long maxBytes) throws ApiError, IOException {
        long declared = request.getLength();
        if (declared > maxBytes + ("multipart/form-data".equals(mediaType(request)) ? FORM_OVERHEAD : 0)) {
            throw new ApiError(413, "file too large: " + declared + " bytes (limit " + maxBytes + ")");
        }
        Map<String, String> options = new LinkedHashMap<>();
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        for (Fields.Field f : query) {
            options.put(f.getName(), f.getValue());
        }
        String name = options.remove("name");
        String type = mediaType(request);
        if (type.equals("multipart/form-data")) {
            return form(request, maxBytes, options);
        }
        if (type.isEmpty() || type.equals("application/x-www-form-urlencoded")) {
            throw new ApiError(415, (type.isEmpty() ? "no Content-Type" : "a url-encoded form is not read")
                    + ": send the document with its own type (curl -H 'Content-Type: text/plain' --data-binary @FILE)"
                    + " or as multipart/form-data with a file part");
        }
        String ext = RAW_TYPES.get(type);
        if (ext == null) {
            throw new ApiError(415, "unsupported media type " + type + "; Briefly reads " + READABLE);
        }
        Spool body = Spool.read(Content.Source.asInputStream(request), maxBytes, Spool.THRESHOLD, null);
        if (type.equals("text/plain") || ext.equals("md")) {
            Charset sent = charset(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
            if (sent != null) {
                try {
                    body = body.toUtf8(sent);
                } catch (IOException | RuntimeException e) {
                    body.close();
                    throw e;
                }
            }
        }
        if (name == null || name.isBlank()) {
            name = ext.isEmpty() ? "" : "upload." + ext;
        }
        return new Upload(body, name, options);
    }

    private static Upload form(Request request, long maxBytes, Map<String, String> options)
            throws ApiError, IOException {
        // A file part over the threshold goes to a temporary file of Jetty's, deleted when the parts are closed.
        MultiPartConfig config = new MultiPartConfig.Builder().maxParts(32).maxSize(maxBytes + FORM_OVERHEAD)
                .maxPartSize(maxBytes).maxMemoryPartSize(Spool.THRESHOLD)
                .location(Path.of(System.getProperty("java.io.tmpdir"))).useFilesForPartsWithoutFileName(true)
                .build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                    config);
        } catch (RuntimeException e) {
            String m = ApiError.reason(rootCause(e)).toLowerCase(Locale.ROOT);
            if (m.contains("max") && (m.contains("exceed") || m.contains("size") || m.contains("length"))) {
                throw new ApiError(413, "input too large: over " + maxBytes + " bytes");
            }
            throw new ApiError(400, "cannot read the form: " + ApiError.reason(rootCause(e)));
        }
        Spool file = null;
        Spool text = null;
        try (parts) {
            String fileName = "";
            for (MultiPart.Part part : parts) {
                String field = part.getName() == null ? "" : part.getName();
                if (field.equals("file")) {
                    Spool b = Spool.read(Content.Source.asInputStream(part.getContentSource()), maxBytes,
                            Spool.THRESHOLD, null);
                    // A form whose file input was left empty still sends the part, with no name and no bytes.
                    if (b.size() > 0 || part.getFileName() != null && !part.getFileName().isEmpty()) {
                        if (file != null) {
                            file.close();
                        }
                        file = b;
                        fileName = part.getFileName() == null ? "" : baseName(part.getFileName());
                    }
                } else if (field.equals("text")) {
                    // Pasted text is spooled like a file: a big paste waits on disk, not in the heap.
                    if (text != null) {
                        text.close();
                    }
                    text = Spool.read(Content.Source.asInputStream(part.getContentSource()), maxBytes,
                            Spool.THRESHOLD, null);
                } else if (field.equals("name")) {
                    fileName = baseName(part.getContentAsString(StandardCharsets.UTF_8));
                } else {
                    options.put(field, part.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            boolean hasText = text != null && !text.isBlank();
            if (text != null && !hasText) {
                text.close();
                text = null;
            }
            if (file != null && hasText) {
                throw new ApiError(400, "give a file or text, not both");
            }
            if (file != null) {
                Upload u = new Upload(file, fileName, options);
                file = null;
                return u;
            }
            if (hasText) {
                Upload u = new Upload(text, fileName.isEmpty() ? "pasted.txt" : fileName, options);
                text = null;
                return u;
            }
            throw new ApiError(400, "no article: send a file part named 'file' or a field named 'text'");
        } finally {
            if (file != null) {
                file.close();
            }
            if (text != null) {
                text.close();
            }
        }
    }

    /** Opens the document; the caller closes the stream. */
    InputStream open() throws IOException {
        return body.open();
    }

    /** Deletes the document's temporary file, if it has one. */
    @Override
    public void close() throws IOException {
        body.close();
    }

    /** Returns the request's media type, lower case without parameters, or empty. */
    static String mediaType(Request request) {
        String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Returns the charset a text's {@code Content-Type} declares, or null when it declares none Java knows. */
    private static Charset charset(String contentType) {
        int at = contentType == null ? -1 : contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).split(";", 2)[0].strip().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Returns the last segment of a client's file name: a path there says nothing about the format. */
    private static String baseName(String name) {
        String n = name.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return slash < 0 ? n : n.substring(slash + 1);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
