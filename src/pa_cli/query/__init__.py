"""Query stage: answers on a peildatum (stand, stoplicht, overdue, kalender, monitor, ...)."""
