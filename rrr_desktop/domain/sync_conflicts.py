"""An open sync conflict as a person sees it: the field and each value it holds."""

import dataclasses
from typing import Any

from rrr_desktop.domain import replica


@dataclasses.dataclass(frozen=True)
class Sibling:
    """One of the values a field holds: what, written when, by whom, on which device."""

    value: Any
    hlc: str
    who: str

    @property
    def device(self) -> str:
        return replica.laptop_of(self.hlc)

    @property
    def at_ms(self) -> int:
        return int(self.hlc[:13])


@dataclasses.dataclass(frozen=True)
class StoredConflict:
    id: int
    record_id: str
    path: str
    siblings: tuple[Sibling, ...]

    @property
    def label(self) -> str:
        return replica.field_label(self.path)
