"""The one error type for bad input: its message is a single line naming the problem."""


class InputError(ValueError):
    """Input that cannot be analysed (empty, binary, too large, undecodable, a directory…)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
