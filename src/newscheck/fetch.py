"""Safe URL fetching for ingest: timeouts, a size cap, capped redirects, no private targets.

Each hop's host is resolved first and every address it resolves to must be public
(unless ``allow_private``); the connection then goes to the address we checked,
so a second DNS answer cannot redirect us to an internal service.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import urllib3

from newscheck.config import FetchSettings


class FetchError(IOError):
    """The URL could not be fetched; the message says why in one line."""


@dataclass
class FetchedPage:
    url: str  # final URL after redirects
    status: int
    content_type: str
    charset: str | None
    content: bytes
    fetched_at: str


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def _check_public(host: str, addresses: list[str]) -> None:
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"refusing to fetch {host} ({address}): loopback, private or link-local address (use --allow-private to allow)"
            )


def _pool(scheme: str, host: str, address: str, port: int, settings: FetchSettings) -> urllib3.HTTPConnectionPool:
    timeout = urllib3.Timeout(connect=settings.timeout_s, read=settings.timeout_s)
    if scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address, port=port, timeout=timeout, retries=False, server_hostname=host, assert_hostname=host
        )
    return urllib3.HTTPConnectionPool(address, port=port, timeout=timeout, retries=False)


def _read_capped(response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: float, url: str) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is {int(declared)} bytes, over the {max_bytes}-byte limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url} is over the {max_bytes}-byte limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url} took longer than the time limit")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_url(url: str, settings: FetchSettings) -> FetchedPage:
    """GET a page with every safety limit applied; raises FetchError with a one-line reason."""
    deadline = time.monotonic() + settings.timeout_s * 3
    current = url
    for _ in range(settings.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"unsupported URL {current!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = _resolve(parts.hostname, port)
        if not settings.allow_private:
            _check_public(parts.hostname, addresses)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        host_header = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
        headers = {"Host": host_header, "User-Agent": settings.user_agent, "Accept": "*/*"}
        pool = _pool(parts.scheme, parts.hostname, addresses[0], port, settings)
        try:
            response = pool.urlopen("GET", path, headers=headers, redirect=False, preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"cannot reach {current}: {type(exc).__name__}") from exc
        try:
            if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                current = urljoin(current, response.headers["Location"])
                continue
            if response.status >= 400:
                raise FetchError(f"{current} answered HTTP {response.status}")
            content = _read_capped(response, settings.max_bytes, deadline, current)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"reading {current} failed: {type(exc).__name__}") from exc
        finally:
            response.release_conn()
            pool.close()
        header = Message()
        header["content-type"] = response.headers.get("Content-Type", "")
        return FetchedPage(
            url=current,
            status=response.status,
            content_type=header.get_content_type(),
            charset=header.get_param("charset"),
            content=content,
            fetched_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
    raise FetchError(f"{url}: more than {settings.max_redirects} redirects")
