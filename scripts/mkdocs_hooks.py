"""Entry point named in mkdocs.yml `hooks:`; the logic lives in the msdocs package."""

from msdocs.hooks import *  # noqa: F401,F403  (MkDocs looks up on_* functions here)
