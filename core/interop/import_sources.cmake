# Importers: list sources in WIRESCOPE_INTEROP_IMPORT_SOURCES (foo.cpp foo.h pairs).
