"""The pipeline: a sequence of named components, each adding one layer to an :class:`Analysis`.

A component is a small object with a ``name``, the names of the components it ``requires`` and
a ``__call__(analysis, options)`` that fills its layer in place.  Components are built lazily
(models load on first use, once per process) and shared by every run in the process.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from newsprobe.model import Analysis, Timing
from newsprobe.options import Component, Options

__all__ = ["Component", "Options", "Pipeline", "PipelineError"]


class PipelineError(ValueError):
    """A bad pipeline request (unknown component, …)."""


def _factories() -> dict[str, Callable[[], Component]]:
    # Imported here so that `import newsprobe` stays cheap; order is the default run order.
    from newsprobe.attribution.quotes import QuotesComponent
    from newsprobe.attribution.sources import SourcesComponent
    from newsprobe.claims.component import ClaimsComponent
    from newsprobe.claims.headline import HeadlineCheckComponent
    from newsprobe.entities.component import EntityComponent
    from newsprobe.language.identify import LanguageComponent
    from newsprobe.language.pos import PosComponent
    from newsprobe.language.sentences import SentenceComponent
    from newsprobe.language.tokens import TokenComponent
    from newsprobe.layout.component import LayoutComponent

    return {
        "layout": LayoutComponent,
        "language": LanguageComponent,
        "sentences": SentenceComponent,
        "tokens": TokenComponent,
        "pos": PosComponent,
        "entities": EntityComponent,
        # -- later layers register here, one line each, in run order:
        #    entities, quotes, sources, claims, headline_check
        "quotes": QuotesComponent,
        "sources": SourcesComponent,
        "claims": ClaimsComponent,
        "headline_check": HeadlineCheckComponent,
    }


_BUILT: dict[str, Component] = {}
_NAMES: list[str] = []


def component_names() -> list[str]:
    """Names of all components in default order."""
    if not _NAMES:  # the registry is fixed once imported: its order is worked out once
        _NAMES.extend(_factories())
    return list(_NAMES)


def get_component(name: str) -> Component:
    built = _BUILT.get(name)
    if built is not None:  # the usual case: no registry imports on every run
        return built
    factories = _factories()
    if name not in factories:
        raise PipelineError(f"unknown component {name!r}; known: {', '.join(factories)}")
    if name not in _BUILT:
        _BUILT[name] = factories[name]()
    return _BUILT[name]


def resolve(only: Iterable[str] | None = None) -> list[str]:
    """The components to run, in default order, with everything they require added."""
    order = component_names()
    if only is None:
        return order
    wanted: set[str] = set()
    stack = [n.strip() for n in only if n.strip()]
    if not stack:
        raise PipelineError("no components selected")
    while stack:
        name = stack.pop()
        if name in wanted:
            continue
        comp = get_component(name)
        wanted.add(name)
        stack.extend(comp.requires)
    return [n for n in order if n in wanted]


#: The cyclic collector's first threshold while a pipeline runs (CPython's default is 700).
#: A run allocates many short-lived objects and few cycles; with the default, the collector
#: ran often enough to take about a quarter of the CPU time of a 100 KB text (and, its full
#: collections walking every live token, a third of a 1 MB one).
GC_THRESHOLD_DURING_RUN = 10_000

_gc_lock = threading.Lock()
_gc_runs = 0
_gc_saved: tuple[int, int, int] = (0, 0, 0)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold while any pipeline runs in this process (runs
    in threads nest: the last one to finish restores the caller's setting). A threshold of 0
    (the caller switched automatic collection off) is left alone."""
    global _gc_runs, _gc_saved
    with _gc_lock:
        if _gc_runs == 0:
            _gc_saved = gc.get_threshold()
            if 0 < _gc_saved[0] < GC_THRESHOLD_DURING_RUN:
                gc.set_threshold(GC_THRESHOLD_DURING_RUN, *_gc_saved[1:])
        _gc_runs += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_runs -= 1
            if _gc_runs == 0:
                gc.set_threshold(*_gc_saved)


@dataclass
class Pipeline:
    """Runs selected components over analyses, recording per-component time."""

    names: Sequence[str] = field(default_factory=component_names)
    options: Options = field(default_factory=Options)

    @classmethod
    def select(cls, only: Iterable[str] | None = None, options: Options | None = None) -> Pipeline:
        return cls(names=resolve(only), options=options or Options())

    def __call__(self, analysis: Analysis) -> Analysis:
        with fewer_collections():
            for name in self.names:
                component = get_component(name)
                started = time.perf_counter()
                component(analysis, self.options)
                seconds = time.perf_counter() - started
                analysis.timings.append(Timing(component=name, seconds=seconds))
                analysis.components.append(name)
        # scratch is for components within one run: an analysis leaves the pipeline clean
        analysis._scratch.clear()
        analysis.check_spans()
        return analysis
