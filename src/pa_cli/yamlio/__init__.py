"""YAML in and out: read with source positions, round-trip edits, house style, atomic writes."""
