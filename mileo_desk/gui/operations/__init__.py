"""User actions as ops (habits 2 and 3, Anki ``qt/aqt/operations/``).

:mod:`.runner` runs them on the one DB worker; :mod:`.items`, :mod:`.directory` and
:mod:`.reports` hold one tiny factory per use case, shared by the main window and the dialogs:
each takes the context and the inputs read on the GUI thread and returns the callable to run
on the worker, so that no widget calls ``ctx.services`` inline.
"""

from .runner import DB_THREAD_PREFIX, OpRunner, Priority, assert_db_thread, in_db_thread, runs_in_db_thread

__all__ = ["DB_THREAD_PREFIX", "OpRunner", "Priority", "assert_db_thread", "in_db_thread", "runs_in_db_thread"]
