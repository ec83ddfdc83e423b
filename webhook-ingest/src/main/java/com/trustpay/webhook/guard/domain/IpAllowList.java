package com.trustpay.webhook.guard.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Addresses and CIDR ranges (IPv4 and IPv6) a provider's webhooks may come from. An empty list allows everyone.
 * Entries must be literal addresses: a host name is refused rather than looked up.
 */
public final class IpAllowList {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;

    private IpAllowList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @throws IllegalArgumentException for an entry that is not an address or {@code address/prefix} */
    public static IpAllowList of(Collection<String> entries) {
        return new IpAllowList(entries.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Range::parse)
                .toList());
    }

    public boolean restricts() {
        return !ranges.isEmpty();
    }

    /** Whether {@code address} (a literal, as a servlet container reports it) may call. */
    public boolean allows(String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private static byte[] literal(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            int bits = address.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bad prefix length in " + entry, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Prefix length out of range in " + entry);
            }
            return new Range(address, prefix);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[whole] & mask) == (network[whole] & mask);
        }
    }
}
