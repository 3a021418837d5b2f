package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides which URLs may be fetched: only {@code http} and {@code https} with a host, never {@code file:},
 * {@code jar:} or any other scheme; optionally only hosts on public addresses, so that a server fetching URLs for
 * its users cannot be steered at its own loopback, link-local or private network (server-side request forgery).
 *
 * <p>Immutable and thread-safe. The address check resolves the host once, before the request; a host whose DNS
 * answer changes between that check and the connection (DNS rebinding) is not caught by it.
 */
public final class UrlPolicy {

    /** Allows any http(s) URL: the command line's policy, where the user fetches what they ask for. */
    public static final UrlPolicy ANY_HOST = new UrlPolicy(false);
    /** Allows http(s) URLs whose host resolves only to public addresses. */
    public static final UrlPolicy PUBLIC_HOSTS = new UrlPolicy(true);

    private final boolean publicOnly;

    private UrlPolicy(boolean publicOnly) {
        this.publicOnly = publicOnly;
    }

    /** Parses {@code text} as a URL and checks it; the message of a refusal names the reason. */
    public URI parse(String text) throws BrieflyException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new BrieflyException("not a valid URL: " + e.getReason());
        }
        return check(uri);
    }

    /** Returns {@code uri} when it may be fetched, or refuses it with the reason. */
    public URI check(URI uri) throws BrieflyException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BrieflyException("unsupported URL scheme '" + (scheme.isEmpty() ? "(none)" : scheme)
                    + "': only http and https URLs are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new BrieflyException("URL has no host");
        }
        if (publicOnly) {
            requirePublic(uri.getHost());
        }
        return uri;
    }

    private static void requirePublic(String host) throws BrieflyException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new BrieflyException("unknown host " + host);
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new BrieflyException("refused: " + host + " is a loopback, link-local or private address ("
                        + a.getHostAddress() + ")");
            }
        }
    }

    /** Returns whether {@code a} is an address on the public internet. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) != 0xFC; // fc00::/7, unique local addresses
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 are not reachable public hosts either.
        return !((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64) && b[0] != 0;
    }
}
