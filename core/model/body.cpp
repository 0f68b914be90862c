#include "core/model/body.h"

namespace wirescope {

QString Body::impliedContentType() const
{
    switch (kind) {
    case BodyKind::None:
        return {};
    case BodyKind::Raw:
        switch (language) {
        case RawLanguage::Json:
            return QStringLiteral("application/json");
        case RawLanguage::Xml:
            return QStringLiteral("application/xml");
        case RawLanguage::Html:
            return QStringLiteral("text/html");
        case RawLanguage::JavaScript:
            return QStringLiteral("application/javascript");
        case RawLanguage::Text:
            return QStringLiteral("text/plain");
        }
        return QStringLiteral("text/plain");
    case BodyKind::FormUrlEncoded:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyKind::Multipart:
        return QStringLiteral("multipart/form-data");
    case BodyKind::Binary:
        return binaryContentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                           : binaryContentType;
    case BodyKind::GraphQL:
        // A GET carries the operation in the URL and has no body.
        return graphql.transport == GraphQLTransport::Post ? QStringLiteral("application/json")
                                                           : QString();
    }
    return {};
}

QString Body::languageName(RawLanguage language)
{
    switch (language) {
    case RawLanguage::Json:
        return QStringLiteral("json");
    case RawLanguage::Xml:
        return QStringLiteral("xml");
    case RawLanguage::Html:
        return QStringLiteral("html");
    case RawLanguage::JavaScript:
        return QStringLiteral("javascript");
    case RawLanguage::Text:
        break;
    }
    return QStringLiteral("text");
}

RawLanguage Body::languageFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == QLatin1String("json"))
        return RawLanguage::Json;
    if (n == QLatin1String("xml"))
        return RawLanguage::Xml;
    if (n == QLatin1String("html"))
        return RawLanguage::Html;
    if (n == QLatin1String("javascript") || n == QLatin1String("js"))
        return RawLanguage::JavaScript;
    return RawLanguage::Text;
}

QString Body::kindName(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Raw:
        return QStringLiteral("raw");
    case BodyKind::FormUrlEncoded:
        return QStringLiteral("urlencoded");
    case BodyKind::Multipart:
        return QStringLiteral("multipart");
    case BodyKind::Binary:
        return QStringLiteral("binary");
    case BodyKind::GraphQL:
        return QStringLiteral("graphql");
    case BodyKind::None:
        break;
    }
    return QStringLiteral("none");
}

BodyKind Body::kindFromName(QStringView name)
{
    if (name == QLatin1String("raw"))
        return BodyKind::Raw;
    if (name == QLatin1String("urlencoded"))
        return BodyKind::FormUrlEncoded;
    if (name == QLatin1String("multipart"))
        return BodyKind::Multipart;
    if (name == QLatin1String("binary"))
        return BodyKind::Binary;
    if (name == QLatin1String("graphql"))
        return BodyKind::GraphQL;
    return BodyKind::None;
}

} // namespace wirescope
