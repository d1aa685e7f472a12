"""weather-tools: a tiny example package for lambda-layer."""

__version__ = "0.1.0"
