package dev.briefly.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Reads the style and script a page inlines from the class path and hashes them for its Content-Security-Policy;
 * shared by the report, the index and the serve app's pages. Stateless and thread-safe.
 */
public final class PageAssets {

    private PageAssets() {
    }

    /**
     * Returns the UTF-8 text of the resource {@code name} in {@code owner}'s package.
     *
     * @throws IllegalStateException when the build left the resource out
     */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/"
                        + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the CSP hash source of {@code content} ({@code sha256-} and the Base64 of its UTF-8 digest). */
    public static String sha256(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
