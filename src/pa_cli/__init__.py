"""pa: prestatieafspraken en uitvoeringsagenda als YAML onder versiebeheer."""

__version__ = "0.1.0"
__all__ = ["__version__"]
