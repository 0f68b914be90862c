#pragma once

#include "core/model/keyvalue.h"

#include <QList>
#include <QString>

namespace wirescope {

enum class BodyKind { None, Raw, FormUrlEncoded, Multipart, Binary, GraphQL };

/// Language of a raw body; sets Content-Type unless the user set one.
enum class RawLanguage { Text, Json, Xml, Html, JavaScript };

/// One part of a multipart/form-data body: a text value or a file.
struct MultipartPart
{
    QString name;
    QString value; ///< text value (when !isFile)
    bool isFile = false;
    QString filePath;    ///< file to send (when isFile)
    QString contentType; ///< per-part Content-Type; empty = text/plain or guessed from file
    bool enabled = true;

    friend bool operator==(const MultipartPart &, const MultipartPart &) = default;
};

/// How a GraphQL operation travels (the GraphQL-over-HTTP conventions): a POST with an
/// application/json body {"query","variables","operationName"}, or a GET with the same three as
/// URL query parameters. The transport decides the method the request is sent with.
enum class GraphQLTransport { Post, Get };

/// A GraphQL operation as the user typed it; every text may hold {{variables}}.
struct GraphQLBody
{
    QString query;
    QString variables;     ///< JSON object text; empty = no "variables" sent
    QString operationName; ///< empty = no "operationName" sent
    GraphQLTransport transport = GraphQLTransport::Post;

    friend bool operator==(const GraphQLBody &, const GraphQLBody &) = default;
};

struct Body
{
    BodyKind kind = BodyKind::None;
    RawLanguage language = RawLanguage::Text;
    QString raw;                    ///< Raw: the text (may hold {{variables}})
    KeyValueList form;              ///< FormUrlEncoded
    QList<MultipartPart> multipart; ///< Multipart
    QString binaryFilePath;         ///< Binary: the file whose bytes are the body
    QString binaryContentType;      ///< Binary: empty = application/octet-stream
    GraphQLBody graphql;            ///< GraphQL

    friend bool operator==(const Body &, const Body &) = default;

    /// The Content-Type this body implies ("application/json", ...); empty for None.
    /// Multipart gets its boundary parameter only when the body is built.
    QString impliedContentType() const;

    static QString
    languageName(RawLanguage language); ///< "json", "xml", "html", "text", "javascript"
    static RawLanguage languageFromName(QStringView name); ///< inverse; Text when unknown
    /// "none", "raw", "urlencoded", "multipart", "binary", "graphql"
    static QString kindName(BodyKind kind);
    static BodyKind kindFromName(QStringView name); ///< inverse; None when unknown
};

} // namespace wirescope
