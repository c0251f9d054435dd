"""Agenda exporters: pure functions from plain data (:mod:`.agenda`) to calendar files and printable PDFs.

No Django here: callers build an :class:`~gyoryu.agendas.outputs.agenda.Agenda` and pass it in."""
