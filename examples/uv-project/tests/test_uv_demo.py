from uv_demo import Endpoint, __version__


def test_version():
    assert __version__ == "0.1.0"


def test_endpoint_url_joins_paths():
    assert Endpoint("https://example.com/api/").url("/v1/items") == "https://example.com/api/v1/items"
