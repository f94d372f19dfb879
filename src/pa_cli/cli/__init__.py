"""The command line: parse arguments, call one core function, print, map to exit codes."""
