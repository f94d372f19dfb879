"""Foundation: problems as values, exit codes, Dutch formatting, termijn phrases, records."""
