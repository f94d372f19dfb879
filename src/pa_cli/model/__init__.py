"""The records of an agreement set, their schema, and its dates and trekkers."""
