from pa_cli.cli import main

main()
