"""Load stage: a data folder becomes a Dataset with source positions, via a cache."""
