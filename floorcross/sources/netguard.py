"""Refuse to fetch from private, loopback and other non-public addresses (SSRF guard).

A URL handed to the fetcher (from a user, a feed or a redirect) must not make floorcross
talk to the machine it runs on or to the network behind it. `check_url` resolves the host
and refuses it if ANY of its addresses is not public; the fetcher then connects to one of
the addresses that were checked, not to a second lookup of the name, so a DNS answer that
changes between check and connect (DNS rebinding) cannot slip a private address in.

Residual risks, documented rather than hidden:
- An HTTP proxy would make the checked address meaningless, so the fetcher ignores proxy
  environment variables.
- A public address may still forward to private services (an open proxy on the Internet);
  that is outside what an address check can see.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port -> addresses as strings. Injectable so tests can map names without DNS.
Resolver = Callable[[str, int], list[str]]

ALLOWED_SCHEMES = ("http", "https")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class BlockedURL(Exception):
    """The URL may not be fetched; the message says why."""


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (`address`) and what to call the host."""

    url: httpx.URL
    host: str
    address: str


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for host, in its preferred order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _canon, sockaddr in infos:
        # IPv6 sockaddrs may carry a zone ("fe80::1%eth0"); the address is before the %.
        seen.setdefault(str(sockaddr[0]).split("%", 1)[0], None)
    return list(seen)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv6 one (mapped, 6to4, Teredo, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str | IPAddress) -> bool:
    """True when the address is a globally routable unicast address."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            if ip.ipv4_mapped is not None or ip in _NAT64:
                # These prefixes are flagged private/reserved as such, yet only stand for
                # the IPv4 address inside: judge that address alone.
                return is_public_address(inner)
            if not is_public_address(inner):
                return False
    flags = (
        ip.is_private,
        ip.is_loopback,
        ip.is_link_local,
        ip.is_multicast,
        ip.is_reserved,
        ip.is_unspecified,
    )
    # is_global also rules out shared address space (100.64.0.0/10) and documentation ranges.
    return not any(flags) and ip.is_global


def _in_networks(ip: IPAddress, networks: Iterable[str]) -> bool:
    return any(ip in ipaddress.ip_network(net, strict=False) for net in networks)


def check_url(
    url: str | httpx.URL,
    *,
    allow_private: bool = False,
    allow_networks: Iterable[str] = (),
    resolver: Resolver = system_resolver,
) -> Target:
    """Check a URL before fetching it; raise BlockedURL with a reason when it is refused.

    `allow_networks` (CIDR strings) lets named private networks through while the guard
    stays on for everything else. The returned Target names the address to connect to.
    """
    try:
        parsed = httpx.URL(str(url))
    except (httpx.InvalidURL, ValueError) as exc:
        raise BlockedURL(f"invalid URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise BlockedURL(f"unsupported URL scheme: {parsed.scheme or '(none)'}")
    host = parsed.raw_host.decode("ascii")
    if not host:
        raise BlockedURL("URL has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise BlockedURL(f"cannot resolve host {host}: {exc}") from exc
    if not addresses:
        raise BlockedURL(f"cannot resolve host {host}: no addresses")
    allowed = tuple(allow_networks)
    for address in addresses:
        ip = ipaddress.ip_address(address)
        if allow_private or is_public_address(ip) or _in_networks(ip, allowed):
            continue
        raise BlockedURL(f"refused non-public address {address} for host {host}")
    return Target(url=parsed, host=host, address=addresses[0])
