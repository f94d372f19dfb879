"""Edit stage: round-trip writes of the data (set, herstel, meet, agenda nieuw) under a lock."""
