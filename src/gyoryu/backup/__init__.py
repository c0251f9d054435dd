"""Backups: one file holding the database's rows and the uploaded files (`gyoryu backup` / `gyoryu restore`)."""
