"""Reading input: bytes → decoded, normalised text (plain text, HTML, JSON) ready for layout."""

from newsprobe.read.errors import InputError
from newsprobe.read.source import DEFAULT_MAX_BYTES, RawDocument, read_bytes, read_path

__all__ = ["DEFAULT_MAX_BYTES", "InputError", "RawDocument", "read_bytes", "read_path"]
