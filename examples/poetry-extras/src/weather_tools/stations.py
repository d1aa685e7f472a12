"""Weather station helpers.

Heavy or optional dependencies are imported lazily inside functions so that
importing this module works even when only some layers are attached.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

DEFAULT_STATIONS: tuple[dict[str, Any], ...] = (
    {"id": "KSEA", "name": "Seattle-Tacoma", "lat": 47.449, "lon": -122.309},
    {"id": "KJFK", "name": "New York JFK", "lat": 40.640, "lon": -73.779},
    {"id": "EGLL", "name": "London Heathrow", "lat": 51.470, "lon": -0.454},
)


def stations_frame(stations: Iterable[Mapping[str, Any]] = DEFAULT_STATIONS):
    """Return a pandas DataFrame of stations indexed by station id."""
    import pandas as pd

    frame = pd.DataFrame(list(stations), columns=["id", "name", "lat", "lon"])
    return frame.set_index("id").sort_index()


def to_parquet_bytes(frame) -> bytes:
    """Serialise a DataFrame to Parquet (needs the ``parquet`` extra)."""
    import io

    import pyarrow  # noqa: F401  (fail early with a clear ImportError)

    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    return buffer.getvalue()
