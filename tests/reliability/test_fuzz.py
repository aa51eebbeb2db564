"""Issue 20: fuzzing the readers and the layout with random bytes, JSON and HTML trees.
Every input ends as a document or a one-line InputError — never another exception."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprobe.layout.lines import classify
from newsprobe.read import InputError, read_bytes

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
WORDS = st.sampled_from(
    [
        "von",
        "Von",
        "By",
        "Anna",
        "Beck",
        "und",
        "and",
        "&",
        "|",
        "–",
        "-",
        ",",
        "(dpa)",
        "„",
        "“",
        '"',
        "Foto:",
        "©",
        "12.03.2025",
        "Uhr",
        "Teilen",
        "\n",
        "\n\n",
        " ",
        "\t",
        "Abund",
        "sagte",
        ".",
        "!",
        "?",
        "\u202e",
        "\x00",
        "\udfff",
        "é",
        "ß",
        "<",
        ">",
        "Lesen Sie auch:",
    ]
)
TEXT = st.lists(WORDS, max_size=80).map(" ".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "html", "title", "url", "published", "outlet", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)
TAGS = st.sampled_from(
    [
        "div",
        "p",
        "article",
        "h1",
        "h2",
        "span",
        "ul",
        "li",
        "figure",
        "figcaption",
        "script",
        "time",
        "a",
        "table",
        "td",
        "blockquote",
    ]
)
HTML = st.recursive(
    TEXT.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.tuples(TAGS, st.lists(inner, max_size=4)).map(
        lambda tc: f"<{tc[0]}>{''.join(tc[1])}</{tc[0]}>"
    ),
    max_leaves=25,
)


def _read(data: bytes, name: str | None) -> None:
    try:
        doc = read_bytes(data, name=name)
        doc.to_analysis()
    except InputError as exc:
        assert "\n" not in str(exc)


@FAST
@given(st.binary(max_size=2000), st.sampled_from([None, "a.txt", "a.html", "a.json"]))
def test_random_bytes(data, name):
    _read(data, name)


@FAST
@given(JSON)
def test_random_json(value):
    _read(json.dumps(value).encode(), "a.json")
    _read(json.dumps({"text": value, "html": value}).encode(), "b.json")


@FAST
@given(HTML)
def test_random_html_trees(body):
    _read(
        f"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>".encode(
            "utf-8", "surrogatepass"
        ),
        "a.html",
    )


@FAST
@given(TEXT)
def test_random_layout(text):
    lines, _found = classify(text)
    assert all(0 <= line.start <= line.end <= len(text) for line in lines)
