"""Hybrid logical clock: versions that order edits across devices with drifting clocks.

Encoded as ``<13-digit ms>-<4-digit counter>-<device>`` so that string order is time order.
"""

import dataclasses
import time
from collections.abc import Callable

MAX_COUNTER = 9999  # four digits: past it, the clock moves on a millisecond
# A version from another device more than this ahead of our wall clock is not followed: a
# laptop whose date is wrong (or a hostile bundle) would otherwise pull every clock that
# sees it into its future, up to the end of the four-digit counter. Merges never need it:
# what supersedes what is told by version vectors, not by comparing clocks.
MAX_AHEAD_MS = 24 * 3600 * 1000


@dataclasses.dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> "Timestamp":
        wall, counter, device = text.split("-", 2)
        if len(wall) != 13 or len(counter) != 4 or not device:
            raise ValueError(f"not a hybrid logical clock value: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridClock:
    def __init__(self, device: str, wall: Callable[[], float] = time.time, last: str = "") -> None:
        self._device = device
        self._wall = wall
        self._last = Timestamp.decode(last) if last else Timestamp(0, 0, device)

    def rename(self, device: str) -> None:
        """Draw later versions under another name (after a restore), still after the last."""
        self._device = device
        self._last = Timestamp(self._last.wall_ms, self._last.counter, device)

    def now(self) -> str:
        wall_ms = int(self._wall() * 1000)
        last = self._last
        if wall_ms > last.wall_ms:
            self._last = Timestamp(wall_ms, 0, self._device)
        elif last.counter >= MAX_COUNTER:  # still in order, still four digits
            self._last = Timestamp(last.wall_ms + 1, 0, self._device)
        else:
            self._last = Timestamp(last.wall_ms, last.counter + 1, self._device)
        return self._last.encode()

    def observe(self, remote: str) -> None:
        """Move past a version seen from another device (or another window on this vault),
        so our next edit sorts after it; not into a future too far from our wall clock."""
        other = Timestamp.decode(remote)
        if other.wall_ms > int(self._wall() * 1000) + MAX_AHEAD_MS:
            return
        if (other.wall_ms, other.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Timestamp(other.wall_ms, other.counter, self._device)

    @property
    def last(self) -> str:
        return self._last.encode()
