"""Check stage: rules over records and files, each returning problems; annotation formats."""
