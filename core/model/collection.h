#pragma once

#include "core/model/assertion.h"
#include "core/model/auth.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"
#include "core/model/websocketrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>
#include <vector>

namespace wirescope {

/// A variable as stored in a collection, folder or environment. A secret variable's value
/// lives in the OS keychain, never in a file: `value` is empty in what the store writes.
struct Variable
{
    QString name;
    QString value;
    bool enabled = true;
    bool secret = false;
    QString description;

    friend bool operator==(const Variable &, const Variable &) = default;
};

using VariableList = QList<Variable>;

/// A named set of variables; one environment is active at a time.
struct Environment
{
    QString name;
    VariableList variables;

    friend bool operator==(const Environment &, const Environment &) = default;
};

/// A response saved with a request (Postman's "examples"; HAR's recorded response).
struct ExampleResponse
{
    QString name;
    int status = 0;
    QString reason;
    KeyValueList headers;
    QByteArray body;

    friend bool operator==(const ExampleResponse &, const ExampleResponse &) = default;
};

/// Script text an importer found (Postman pre-request/test scripts, Insomnia hooks).
/// Wirescope never runs scripts; it keeps them so nothing is lost and flags them.
struct ImportedScript
{
    QString event; ///< "prerequest", "test", ...
    QString source;

    friend bool operator==(const ImportedScript &, const ImportedScript &) = default;
};

/// An HTTP request in a collection, with what belongs to it there.
struct HttpItem
{
    Request request; ///< request.id / request.name are the item's id and name
    QList<ExampleResponse> examples;
    QList<ImportedScript> scripts;
    AssertionList assertions; ///< evaluated after each send and by the runner
    CaptureList captures;     ///< variables set from the response (request chaining)

    friend bool operator==(const HttpItem &, const HttpItem &) = default;
};

/// A WebSocket request in a collection (saved messages live in the request).
struct WebSocketItem
{
    WebSocketRequest request;

    friend bool operator==(const WebSocketItem &, const WebSocketItem &) = default;
};

struct CollectionItem;

/// A folder: ordered children plus defaults its requests inherit.
struct Folder
{
    QString id;
    QString name;
    QString description;
    Auth auth;            ///< AuthKind::Inherit = take the parent's
    KeyValueList headers; ///< added to every request below unless the request sets the name
    VariableList variables;
    QList<ImportedScript> scripts;
    std::vector<CollectionItem> children;

    friend bool operator==(const Folder &, const Folder &);
};

/// One node of a collection tree.
struct CollectionItem
{
    std::variant<Folder, HttpItem, WebSocketItem> node;

    friend bool operator==(const CollectionItem &, const CollectionItem &) = default;

    bool isFolder() const { return std::holds_alternative<Folder>(node); }
    bool isHttp() const { return std::holds_alternative<HttpItem>(node); }
    bool isWebSocket() const { return std::holds_alternative<WebSocketItem>(node); }
    QString id() const;
    QString name() const;
};

inline bool operator==(const Folder &a, const Folder &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description && a.auth == b.auth
           && a.headers == b.headers && a.variables == b.variables && a.scripts == b.scripts
           && a.children == b.children;
}

/// A collection: the root folder's content plus the collection's own metadata.
/// The native store writes it as a directory (see core/store); importers build one.
struct Collection
{
    static constexpr int kFormatVersion = 1;

    QString id; ///< stable UUID (without braces); keys the collection's secrets in the keychain
    QString name;
    QString description;
    Auth auth; ///< default for requests whose auth is Inherit
    KeyValueList headers;
    VariableList variables;
    QList<ImportedScript> scripts;
    std::vector<CollectionItem> items;
    QList<Environment> environments;

    friend bool operator==(const Collection &, const Collection &) = default;
};

/// Number of HTTP and WebSocket requests in @p items, recursively.
int countRequests(const std::vector<CollectionItem> &items);

/// A fresh random id (UUID without braces) for collections, folders and requests.
QString newItemId();

} // namespace wirescope
