"""Problems found in an input file, reported together and in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.i18n import translate


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return translate("Problem", "{file}, baris {line}: {message}").format(
            file=self.file, line=self.line, message=self.message
        )


class InputFileError(Exception):
    """Input refused as a whole; nothing of it was written."""

    SHOWN = 20

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        hidden = len(self.problems) - self.SHOWN
        if hidden > 0:
            lines.append(
                translate("Problem", "… dan {count} masalah lain.").format(count=hidden)
            )
        return "\n".join(lines)


class Cancelled(Exception):
    """The user cancelled; the transaction was rolled back."""
