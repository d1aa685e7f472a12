"""Pydantic models for weather observations."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Observation(BaseModel):
    station_id: str = Field(min_length=4, max_length=4)
    observed_at: datetime
    temperature_c: float
    wind_speed_ms: float = Field(default=0.0, ge=0)

    @property
    def temperature_f(self) -> float:
        return self.temperature_c * 9 / 5 + 32
