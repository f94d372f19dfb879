"""Foundation: problems as values, exit codes, Dutch formatting, termijns, records, today."""
