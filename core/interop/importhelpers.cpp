#include "core/interop/importhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope::interop {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d > -9e15 && d < 9e15 && d == double(qint64(d))) // range first: the cast is UB outside
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        break;
    }
    return {};
}

QString joinItemPath(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
}

RawLanguage languageForMimeType(QStringView mimeType)
{
    const QString m = mimeType.toString().toLower();
    if (m.contains(QLatin1String("json")))
        return RawLanguage::Json;
    if (m.contains(QLatin1String("xml")))
        return RawLanguage::Xml;
    if (m.contains(QLatin1String("html")))
        return RawLanguage::Html;
    if (m.contains(QLatin1String("javascript")))
        return RawLanguage::JavaScript;
    return RawLanguage::Text;
}

QString graphqlJsonBody(const QString &query, const QString &variablesText)
{
    QJsonObject body;
    body.insert(QStringLiteral("query"), query);
    const QString trimmed = variablesText.trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            body.insert(QStringLiteral("variables"), doc.object());
        else
            body.insert(QStringLiteral("variables"), variablesText);
    }
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
}

void appendRow(KeyValueList &list, const KeyValue &row)
{
    if (row.name.isEmpty() && row.value.isEmpty())
        return;
    list.append(row);
}

} // namespace wirescope::interop
