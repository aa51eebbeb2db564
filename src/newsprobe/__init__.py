"""newsprobe: what an article claims, by whom, how surely, and whether the headline holds up."""

from typing import TYPE_CHECKING, Any

from newsprobe.api import analyze_bytes, analyze_path, analyze_text
from newsprobe.model import SCHEMA_VERSION, Analysis

if TYPE_CHECKING:
    from newsprobe.corpus.api import Corpus

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Corpus",
    "__version__",
    "analyze_bytes",
    "analyze_path",
    "analyze_text",
]


def __getattr__(name: str) -> Any:
    # Lazy: `import newsprobe` does not load the store (sqlite3, the corpus layer).
    if name == "Corpus":
        from newsprobe.corpus.api import Corpus

        return Corpus
    raise AttributeError(f"module 'newsprobe' has no attribute {name!r}")
