#include "core/interop/formatdetect.h"

#include "core/interop/documentreader.h"
#include "core/interop/httpfileimporter.h"
#include "core/interop/insomniav5converter.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace wirescope {

namespace {

ImportFormat fromTopLevel(const QJsonObject &o)
{
    if (o.contains(QLatin1String("openapi")) || o.contains(QLatin1String("swagger")))
        return ImportFormat::OpenApi;
    if (o.value(QLatin1String("log")).toObject().contains(QLatin1String("entries")))
        return ImportFormat::Har;
    if (o.value(QLatin1String("_type")).toString() == QLatin1String("export")
        || o.contains(QLatin1String("__export_format")) || interop::isInsomniaV5(o))
        return ImportFormat::Insomnia;
    const QJsonObject info = o.value(QLatin1String("info")).toObject();
    if (info.value(QLatin1String("schema")).toString().contains(QLatin1String("getpostman"))
        || info.contains(QLatin1String("_postman_id"))
        || (o.value(QLatin1String("item")).isArray() && !info.isEmpty()))
        return ImportFormat::Postman;
    if (o.value(QLatin1String("values")).isArray()
        && (o.contains(QLatin1String("_postman_variable_scope"))
            || o.contains(QLatin1String("name"))))
        return ImportFormat::PostmanEnvironment;
    return ImportFormat::Auto;
}

} // namespace

ImportFormat detectFormat(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArray head = data.left(4096).trimmed();
    if (head.isEmpty())
        return ImportFormat::Auto;

    // A shell command line: "curl ...", "$ curl ...", "curl.exe ...".
    static const QRegularExpression curlStart(QStringLiteral("^(\\$\\s*)?curl(\\.exe)?(\\s|$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (curlStart.match(QString::fromUtf8(head.left(64))).hasMatch())
        return ImportFormat::Curl;

    if (head.startsWith('{') || head.startsWith('[')) {
        auto root = interop::parseJsonDocument(data);
        return root ? fromTopLevel(root->toObject()) : ImportFormat::Auto;
    }

    // YAML: the marker keys sit at the top level, so a look at line starts settles it
    // without parsing a large document twice.
    static const QRegularExpression openApiKey(QStringLiteral("^(openapi|swagger)\\s*:"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression insomniaKey(
        QStringLiteral("^(_type\\s*:\\s*export|__export_format\\s*:|type\\s*:\\s*[\"']?"
                       "(collection|spec|environment|mock)\\.insomnia\\.rest/|type\\s*:\\s*[\"']?"
                       "mcpClient\\.insomnia/)"),
        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(data.left(1 << 20));
    if (openApiKey.match(text).hasMatch())
        return ImportFormat::OpenApi;
    if (insomniaKey.match(text).hasMatch())
        return ImportFormat::Insomnia;
    if (interop::looksLikeHttpFile(text))
        return ImportFormat::HttpFile;
    return ImportFormat::Auto;
}

} // namespace wirescope
