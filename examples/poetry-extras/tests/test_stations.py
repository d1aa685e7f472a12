from weather_tools import __version__
from weather_tools.stations import DEFAULT_STATIONS, stations_frame


def test_version():
    assert __version__ == "0.1.0"


def test_stations_frame_is_indexed_by_id():
    frame = stations_frame()
    assert list(frame.index) == sorted(s["id"] for s in DEFAULT_STATIONS)
    assert list(frame.columns) == ["name", "lat", "lon"]


def test_stations_frame_custom_input():
    frame = stations_frame([{"id": "XXXX", "name": "Test", "lat": 0.0, "lon": 0.0}])
    assert frame.loc["XXXX", "name"] == "Test"
