"""History stage: what changed in the data, read from git and compared record by record."""
