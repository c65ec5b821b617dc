"""Places: geocoding place mentions to ISO 3166-1 alpha-3 countries and coordinates."""

from sitrep.places.geocode import Geocoder

__all__ = ["Geocoder"]
