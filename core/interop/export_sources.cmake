# Exporters and code generation: list sources in WIRESCOPE_INTEROP_EXPORT_SOURCES.
