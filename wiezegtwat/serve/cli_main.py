"""``python -m wiezegtwat.serve.cli_main`` = the ``wzw`` command."""

from .cli import main

if __name__ == "__main__":
    main()
