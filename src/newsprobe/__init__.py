"""newsprobe: what an article claims, by whom, how surely, and whether the headline holds up."""

from newsprobe.api import analyze_bytes, analyze_path, analyze_text
from newsprobe.model import SCHEMA_VERSION, Analysis

__version__ = "0.1.0"

__all__ = ["SCHEMA_VERSION", "Analysis", "__version__", "analyze_bytes", "analyze_path",
           "analyze_text"]
