#pragma once

#include "core/model/collection.h"
#include "core/model/error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wirescope {

namespace store {
class JsonReader;
}

/// JSON codecs of the collection model types other than the requests themselves (those are in
/// requestjson.h and websocketrequestjson.h). Same rules: lossless, defaults omitted, strict
/// readers whose errors name the JSON path.
///
/// A secret variable is written as `{"name", "secret": true}`: its value NEVER reaches JSON
/// (it belongs in the keychain, see core/secrets/secretbinder.h); read back, its value is empty.
///
///     variable: {"name", "value", "enabled", "secret", "description"}
///     environment: {"name", "variables": [...]}
///     example: {"name", "status", "reason", "headers": [...], "body" | "bodyBase64"}
///     script: {"event", "source"}
///     HTTP item: the request's keys (requestjson.h) + "examples": [...], "scripts": [...],
///                "assertions": [{"target", "property", "op", "expected", "expected2", "enabled"}],
///                "captures": [{"variable", "source", "expression", "enabled"}]
///                (names as Assertion::targetName/opName and Capture::sourceName give them)
///     folder metadata: {"id", "name", "description", "auth", "headers", "variables", "scripts"}
///     collection metadata: the same keys as a folder (children and environments are files)
QJsonArray toJson(const VariableList &variables);
QJsonObject toJson(const Environment &environment);
QJsonObject toJson(const ExampleResponse &example);
QJsonObject toJson(const ImportedScript &script);
QJsonObject toJson(const HttpItem &item);

Result<Environment> environmentFromJson(const QJsonObject &object);
Result<HttpItem> httpItemFromJson(const QJsonObject &object);

/// A folder's own fields, without its children.
QJsonObject folderMetadataToJson(const Folder &folder);
Result<Folder> folderMetadataFromJson(const QJsonObject &object);

/// A collection's own fields, without its items and environments.
QJsonObject collectionMetadataToJson(const Collection &collection);
Result<Collection> collectionMetadataFromJson(const QJsonObject &object);

namespace store {
VariableList readVariables(JsonReader &reader, QLatin1String key);
} // namespace store

} // namespace wirescope
