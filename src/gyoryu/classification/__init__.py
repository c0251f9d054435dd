"""Industry code systems: parsers of the official files (``codesets``), the KSIC coder (``coder``) and the
KSIC -> ISIC -> NAICS bridge (``bridge``)."""
