"""Fetching a source from an ``http(s)://`` URL with httpx, within limits: a timeout, a
size limit, a redirect limit, and only the content types factdb can read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import httpx

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.document import one_line
from factdb.store.models import utcnow

TIMEOUT_SECONDS = 30.0
MAX_FETCH_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 10
USER_AGENT = "factdb (claim fact-tracking; +https://schema.org/ClaimReview)"
# What a server may call a page factdb can read, and the media type its reader takes.
CONTENT_TYPES = {
    "text/html": media.HTML,
    "application/xhtml+xml": media.HTML,
    "application/pdf": media.PDF,
    "application/rss+xml": media.RSS,
    "application/atom+xml": media.ATOM,
    "application/xml": media.RSS,
    "text/xml": media.RSS,
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes a URL answered with, after redirects."""

    url: str  # as asked for
    final_url: str  # after redirects
    media_type: str  # one of CONTENT_TYPES' values
    fetched_at: datetime
    data: bytes


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_FETCH_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET ``url`` and return its body, or raise :class:`InputError` naming the URL and why
    it cannot be used (timeout, too many redirects, an HTTP error, a type or size refused)."""
    fetched_at = utcnow()
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            media_type = _check(url, response, max_bytes)
            data = _body(url, response, max_bytes)
            final_url = str(response.url)
    except httpx.TimeoutException as exc:
        raise InputError(f"{url}: timed out after {timeout:g} s ({one_line(exc)})") from exc
    except httpx.TooManyRedirects as exc:
        raise InputError(f"{url}: more than {max_redirects} redirects") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise InputError(f"{url}: cannot fetch ({one_line(exc)})") from exc
    return Fetched(url, final_url, media_type, fetched_at, data)


def _check(url: str, response: httpx.Response, max_bytes: int) -> str:
    if response.is_error:
        raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in CONTENT_TYPES:
        raise InputError(
            f"{url}: unsupported content type {content_type or '(none)'} "
            "(factdb reads HTML, PDF, RSS and Atom)"
        )
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: {_size(int(length))}, over the {_size(max_bytes)} limit")
    return CONTENT_TYPES[content_type]


def _body(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    # Content-Length may be absent or wrong: the limit is kept while reading.
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: over the {_size(max_bytes)} limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n} bytes"
