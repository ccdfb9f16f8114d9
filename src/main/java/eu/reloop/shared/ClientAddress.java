package eu.reloop.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client a request comes from, as limits count it: the request's remote address (behind a proxy in a private
 * network, the address it forwarded: {@code server.forward-headers-strategy: native}). An IPv6 client counts by its
 * /64 network, since one subscriber is given a whole /64 and could otherwise take a new address for every request.
 */
public final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // An IPv6 literal: parsed, never looked up.
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            if (address.length == IPV6_NETWORK_BYTES * 2) {
                byte[] network = Arrays.copyOf(address, IPV6_NETWORK_BYTES * 2);
                Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return remoteAddress;
        } catch (UnknownHostException notALiteral) {
            return remoteAddress;
        }
    }
}
