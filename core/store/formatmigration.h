#pragma once

#include "core/model/error.h"

#include <QJsonObject>

namespace wirescope::store {

/// The kinds of file the store writes; a migration step may treat them differently.
enum class StoreFileKind {
    Collection,
    Folder,
    HttpRequest,
    WebSocketRequest,
    Environment,
    Workspace,
    Globals
};

/// The format version this build writes. Every store file carries it as `"format": N`.
constexpr int kCurrentFormat = 1;

/// Brings @p object from the format it declares up to kCurrentFormat by running the migration
/// steps in order (step N turns format N into N+1). Errors, in plain words: no or non-integer
/// "format" key, a negative format, or a format newer than this build reads ("written by a
/// newer Wirescope"; such files are refused, never half-read).
///
/// Format 0 is the pre-release layout, kept so the migration path is exercised by tests:
/// name/value tables ("headers", "queryParams", "pathVariables", "variables") were JSON
/// objects `{"name": "value"}`, and collections and folders called their name "title".
Result<QJsonObject> migrateToCurrentFormat(QJsonObject object, StoreFileKind kind);

/// The "format" of @p object, or -1 when absent or not an integer.
int formatOf(const QJsonObject &object);

} // namespace wirescope::store
