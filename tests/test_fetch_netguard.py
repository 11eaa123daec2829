"""The SSRF guard on its own: which addresses and URLs are refused."""

import httpx
import pytest
from helpers_http import fake_resolver

from floorcross.sources.fetch import pinned_request
from floorcross.sources.netguard import BlockedURL, check_url, is_public_address

NOT_PUBLIC = [
    "127.0.0.1",  # loopback
    "127.8.9.10",
    "10.0.0.5",  # private
    "172.16.4.4",
    "192.168.1.20",
    "169.254.169.254",  # link-local (cloud metadata)
    "0.0.0.0",  # unspecified
    "100.64.1.1",  # shared address space (carrier-grade NAT)
    "224.0.0.1",  # multicast
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "192.0.2.10",  # documentation
    "::1",
    "::",
    "fe80::1",  # link-local
    "fc00::7",  # unique local
    "ff02::1",  # multicast
    "::ffff:127.0.0.1",  # IPv4-mapped loopback
    "::ffff:10.1.2.3",  # IPv4-mapped private
    "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
    "2002:c0a8:0101::1",  # 6to4 wrapping 192.168.1.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
]
PUBLIC = [
    "93.184.216.34",
    "8.8.8.8",
    "2a00:1450:4009:81d::200e",
    "::ffff:8.8.4.4",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_non_public_addresses_are_refused(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address):
    assert is_public_address(address)


def test_check_url_returns_the_checked_address_to_connect_to():
    resolver = fake_resolver({"news.example": ["93.184.216.34", "2a00:1450:4009:81d::200e"]})
    target = check_url("https://news.example/politics?page=2", resolver=resolver)
    assert target.host == "news.example"
    assert target.address == "93.184.216.34"


def test_one_private_address_among_public_ones_refuses_the_host():
    resolver = fake_resolver({"mixed.example": ["93.184.216.34", "10.0.0.8"]})
    with pytest.raises(BlockedURL, match="10.0.0.8"):
        check_url("http://mixed.example/", resolver=resolver)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://[::1]:8080/", "http://[::ffff:7f00:1]/", "http://localhost/"],
)
def test_loopback_urls_are_refused(url):
    resolver = fake_resolver({"localhost": ["127.0.0.1", "::1"]})
    with pytest.raises(BlockedURL, match="non-public"):
        check_url(url, resolver=resolver)


def test_decimal_ip_host_is_judged_by_what_it_resolves_to():
    # "2130706433" is 127.0.0.1 to the system resolver; the check sees the resolved address.
    with pytest.raises(BlockedURL, match="127.0.0.1"):
        check_url("http://2130706433/")


@pytest.mark.parametrize("url", ["ftp://files.example/a", "file:///etc/passwd", "gopher://x/"])
def test_only_http_and_https_are_allowed(url):
    with pytest.raises(BlockedURL, match="scheme"):
        check_url(url, allow_private=True)


def test_unresolvable_host_is_refused_with_reason():
    with pytest.raises(BlockedURL, match="cannot resolve host nowhere.example"):
        check_url("http://nowhere.example/", resolver=fake_resolver({}))


def test_allow_private_lifts_the_guard():
    target = check_url("http://127.0.0.1:9/", allow_private=True)
    assert target.address == "127.0.0.1"


def test_allow_networks_lets_only_the_named_network_through():
    resolver = fake_resolver({"wire.internal": ["10.20.0.4"], "db.internal": ["10.30.0.9"]})
    allowed = ("10.20.0.0/16",)
    assert check_url("http://wire.internal/", allow_networks=allowed, resolver=resolver)
    with pytest.raises(BlockedURL):
        check_url("http://db.internal/", allow_networks=allowed, resolver=resolver)


def test_https_request_goes_to_the_checked_address_but_names_the_host_for_tls():
    resolver = fake_resolver({"news.example": ["93.184.216.34"]})
    target = check_url("https://news.example/politics?p=2", resolver=resolver)
    with httpx.Client() as client:
        request = pinned_request(client, target, "floorcross/test")
    assert request.url == httpx.URL("https://93.184.216.34/politics?p=2")
    assert request.headers["Host"] == "news.example"
    assert request.extensions["sni_hostname"] == "news.example"
    assert request.headers["User-Agent"] == "floorcross/test"
