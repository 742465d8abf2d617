using System.Net;
using System.Net.Sockets;

namespace NewsReader.Fetching;

/// <summary>Which addresses are the public internet, and which belong to this machine or its private network.</summary>
public static class NetworkAddresses
{
    /// <summary>
    /// False for loopback, unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10),
    /// link-local (169.254/16 with cloud metadata, fe80::/10), multicast, broadcast and reserved addresses. An IPv6
    /// address that carries an IPv4 one, and reaches it through a translator or tunnel, is judged by the IPv4 address:
    /// mapped (<c>::ffff:a.b.c.d</c>), IPv4-compatible (<c>::a.b.c.d</c>), NAT64 (<c>64:ff9b::/96</c>) and 6to4
    /// (<c>2002::/16</c>); local-use NAT64 (<c>64:ff9b:1::/48</c>) and Teredo (<c>2001::/32</c>, whose IPv4 address is
    /// hidden) are never public.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if ((b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00))
            {
                return false;
            }

            if (EmbeddedIPv4(b) is { } embedded)
            {
                address = embedded;
            }
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8));
        }

        return false;
    }

    /// <summary>The IPv4 address an IPv6 one carries and is routed to, or null.</summary>
    private static IPAddress? EmbeddedIPv4(byte[] b)
    {
        if (ZeroUpTo(10) && b[10] == 0xFF && b[11] == 0xFF)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (ZeroUpTo(12) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.Skip(4).Take(8).All(x => x == 0))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b.AsSpan(2, 4)) : null;

        bool ZeroUpTo(int count) => b.Take(count).All(x => x == 0);
    }
}
