#pragma once

#include "core/interop/importer.h"

#include <QByteArray>

namespace wirescope {

/// Guesses the format of @p data from its content: a leading `curl` word, or the top-level
/// keys of a JSON/YAML document (Postman's info.schema, HAR's log.entries, Insomnia's
/// _type: export, OpenAPI's `openapi`). Returns ImportFormat::Auto when nothing matches.
ImportFormat detectFormat(const QByteArray &data);

} // namespace wirescope
