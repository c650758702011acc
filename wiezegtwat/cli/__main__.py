"""``python -m wiezegtwat.cli`` = the ``wzw`` command."""

from .app import main

if __name__ == "__main__":
    main()
