"""`python -m pa_cli` (or `py -m pa_cli` on Windows) works like `pa`."""

from pa_cli.cli.main import main

if __name__ == "__main__":
    main(prog="python -m pa_cli")
