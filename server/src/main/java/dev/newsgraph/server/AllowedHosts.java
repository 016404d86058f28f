package dev.newsgraph.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names a request's {@code Host} header may give: the guard against DNS rebinding, where a
 * page of another site has its own name resolve to this machine's address and so reads the API
 * from the visitor's browser as if it were its own origin. Such a request always carries the
 * other site's name, never one of ours: {@code localhost}, a loopback address, the address or name
 * the server was bound to (each address of this machine where it listens on all of them) and the
 * names given to {@code serve --allow-host}. An address written as a literal is never a rebinding
 * (no name was resolved), but only this machine's own are taken. No name is looked up.
 */
final class AllowedHosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+(%[0-9a-z_.-]+)?");

    private final Set<String> names = new HashSet<>();
    private final Set<InetAddress> addresses = new HashSet<>();

    /**
     * @param bind    the address or name the server listens on, as given
     * @param bound   what it stands for
     * @param allowed further names clients use for this server (a proxy's, a machine's name on the network)
     */
    AllowedHosts(String bind, InetAddress bound, List<String> allowed) {
        names.add("localhost");
        names.add(normal(bind));
        for (String name : allowed) {
            names.add(normal(name));
        }
        if (bound.isAnyLocalAddress()) {
            addresses.addAll(ownAddresses());
        } else {
            addresses.add(bound);
        }
    }

    /** Whether a request with this {@code Host} header is for this server. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = normal(withoutPort(hostHeader.strip()));
        if (names.contains(host)) {
            return true;
        }
        InetAddress literal = literal(host);
        return literal != null && (literal.isLoopbackAddress() || addresses.contains(literal));
    }

    /** {@code name[:port]} or {@code [v6]:port}: the host alone. */
    private static String withoutPort(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? header : header.substring(1, end);
        }
        int colon = header.indexOf(':');
        return colon >= 0 && colon == header.lastIndexOf(':') ? header.substring(0, colon) : header;
    }

    /** Lower case, without the root's trailing dot ({@code localhost.} is {@code localhost}) or brackets. */
    private static String normal(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** The address a literal stands for, or null where the host is a name (which is never looked up here). */
    private static InetAddress literal(String host) {
        if (!IPV4.matcher(host).matches() && !(host.contains(":") && IPV6.matcher(host).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Set<InetAddress> ownAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .map(AllowedHosts::withoutScope).collect(Collectors.toSet());
        } catch (SocketException e) {
            return Set.of();
        }
    }

    /** An IPv6 address as a Host header writes it: without the interface it was found on. */
    private static InetAddress withoutScope(InetAddress a) {
        try {
            return InetAddress.getByAddress(a.getAddress());
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
