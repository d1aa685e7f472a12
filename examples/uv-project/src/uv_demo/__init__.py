"""uv-demo: a tiny example package for lambda-layer."""

from __future__ import annotations

import attrs

__version__ = "0.1.0"


@attrs.define
class Endpoint:
    base_url: str
    timeout: float = 10.0

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")

    def get_json(self, path: str):
        import requests

        response = requests.get(self.url(path), timeout=self.timeout)
        response.raise_for_status()
        return response.json()


def load_config(text: str) -> dict:
    """Parse a YAML config (needs the ``yaml`` extra)."""
    import yaml

    return yaml.safe_load(text) or {}
