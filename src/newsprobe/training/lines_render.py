"""Render HTML pages to plain text the ways users do (training and evaluation code only).

* ``inscriptis``: the inscriptis library (Apache-2.0), layout-aware text.
* ``markdown``: Markdown via markdownify (MIT), links written ``[text](url)``.
* ``lynx``: a lynx ``-dump``-style rendering written here: links numbered ``[n]`` before
  their text and a ``References`` list of the numbered URLs at the end.
* ``innertext``: a browser's ``document.body.innerText`` (Debian's chromium through
  playwright); only where chromium is installed.

Never imported by the product: the line model is trained and evaluated on such renderings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

RENDERERS = ("inscriptis", "markdown", "lynx", "innertext")

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"}
)
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "ul",
        "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
        "blockquote", "figure", "figcaption", "form", "pre", "address", "hr", "fieldset",
        "details", "summary", "body", "center", "menu", "legend", "caption",
    }
)  # fmt: skip
_HEADINGS = {"h1": "", "h2": "", "h3": "", "h4": "", "h5": "", "h6": ""}


def _parse(html: bytes | str):  # type: ignore[no-untyped-def]
    import lxml.html

    if isinstance(html, bytes):
        from newsprobe.read.decode import decode

        html = decode(html)[0]
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    return lxml.html.document_fromstring(html or "<html></html>")


def render_inscriptis(html: bytes | str) -> str:
    from inscriptis import get_text

    doc = _parse(html)
    for el in doc.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    import lxml.html

    return get_text(lxml.html.tostring(doc, encoding="unicode"))


def render_markdown(html: bytes | str) -> str:
    import lxml.html
    from markdownify import markdownify

    doc = _parse(html)
    for el in doc.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    text = markdownify(lxml.html.tostring(doc, encoding="unicode"), heading_style="ATX")
    return re.sub(r"\n{3,}", "\n\n", text)


def render_lynx(html: bytes | str) -> str:
    """``lynx -dump`` (Debian's lynx, run as a tool) or, without it, :func:`render_lynx_like`."""
    import shutil
    import subprocess

    exe = shutil.which("lynx")
    if exe is None:
        return render_lynx_like(html)
    if isinstance(html, bytes):
        from newsprobe.read.decode import decode

        html = decode(html)[0]
    done = subprocess.run(
        [exe, "-dump", "-stdin", "-force_html",
         "-assume_charset=utf-8", "-display_charset=utf-8", "-noreferer"],
        input=html.encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=False,
    )  # fmt: skip
    return done.stdout.decode("utf-8", "replace")


def render_lynx_like(html: bytes | str) -> str:
    """A lynx ``-dump``-like text: blocks on their own lines, links numbered, references."""
    doc = _parse(html)
    body = doc.find("body")
    root = body if body is not None else doc
    out: list[str] = []
    refs: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP or not isinstance(el.tag, str):
            if el.tail:
                out.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            out.append("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")
        if tag == "li":
            out.append("  * ")
        if tag == "br":
            out.append("\n")
        if tag == "img" and el.get("alt"):
            out.append(f"[{el.get('alt').strip()}]")
        if tag == "a" and el.get("href") and not el.get("href", "").startswith("#"):
            refs.append(el.get("href"))
            out.append(f"[{len(refs)}]")
        if el.text:
            out.append(re.sub(r"\s+", " ", el.text))
        for child in el:
            walk(child)
        if block:
            out.append("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")
        if el.tail:
            out.append(re.sub(r"\s+", " ", el.tail))

    walk(root)
    text = "".join(out)
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    text = re.sub(r"^\*\s*\n+(?=\S)", "* ", text, flags=re.M)
    if refs:
        listing = "\n".join(f"{i:4d}. {u}" for i, u in enumerate(refs, 1))
        text += "\n\nReferences\n\n" + listing
    return text + "\n"


class _Browser:
    """One headless chromium, reused for every page (playwright, Debian's binary)."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        self._context = self._browser.new_context(java_script_enabled=False, offline=True)

    def inner_text(self, html: bytes | str) -> str:
        if isinstance(html, bytes):
            from newsprobe.read.decode import decode

            html = decode(html)[0]
        page = self._context.new_page()
        try:
            page.route("**/*", lambda route: route.abort())
            page.set_content(html, wait_until="domcontentloaded", timeout=20000)
            text = page.evaluate("() => document.body ? document.body.innerText : ''")
        finally:
            page.close()
        return str(text or "")

    def close(self) -> None:
        self._browser.close()
        self._pw.stop()


_BROWSER: _Browser | None = None


def browser_available() -> bool:
    import os

    if not os.path.exists("/usr/bin/chromium"):
        return False
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return True


def render_innertext(html: bytes | str) -> str:
    global _BROWSER
    if _BROWSER is None:
        if not browser_available():
            raise RuntimeError("innertext needs /usr/bin/chromium and playwright")
        _BROWSER = _Browser()
    return _BROWSER.inner_text(html)


def close_browser() -> None:
    global _BROWSER
    if _BROWSER is not None:
        _BROWSER.close()
        _BROWSER = None


RENDER: dict[str, Callable[[bytes | str], str]] = {
    "inscriptis": render_inscriptis,
    "markdown": render_markdown,
    "lynx": render_lynx,
    "innertext": render_innertext,
}


def available(names: Iterable[str] = RENDERERS) -> list[str]:
    return [n for n in names if n != "innertext" or browser_available()]
