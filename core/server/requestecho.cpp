#include "core/server/requestecho.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QStringDecoder>
#include <QUrlQuery>

namespace wirescope::server::echo {

namespace {

/// Adds @p value under @p name: a second value turns the entry into an array.
void addValue(QJsonObject &object, const QString &name, const QString &value)
{
    const auto it = object.find(name);
    if (it == object.end()) {
        object.insert(name, value);
        return;
    }
    QJsonArray list = it->isArray() ? it->toArray() : QJsonArray{*it};
    list.append(value);
    *it = list;
}

std::optional<QString> utf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

/// application/x-www-form-urlencoded: '+' is a space, as in HTML forms.
void parseUrlEncoded(const QByteArray &body, QJsonObject &form)
{
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        addValue(form, QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                 QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
}

/// The value of parameter @p key in a header like `form-data; name="a"; filename="b"`.
QByteArray headerParameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq < 0 || p.left(eq).trimmed().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QString parseMultipart(const QByteArray &body, const QByteArray &boundary, FormData &out)
{
    if (boundary.isEmpty())
        return QStringLiteral("multipart body without a boundary parameter");
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return QStringLiteral("multipart body without its boundary");
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return {}; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return QStringLiteral("malformed multipart delimiter line");
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return QStringLiteral("multipart part without the end of its headers");
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
        if (next < 0)
            return QStringLiteral("multipart body without a closing boundary");
        QByteArray disposition;
        const QList<QByteArray> lines = body.mid(pos, headEnd - pos).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0
                && line.left(colon).trimmed().compare("content-disposition", Qt::CaseInsensitive)
                       == 0)
                disposition = line.mid(colon + 1).trimmed();
        }
        const QByteArray content = body.mid(headEnd + 4, next - headEnd - 4);
        const QString name = QString::fromUtf8(headerParameter(disposition, "name"));
        if (disposition.contains("filename="))
            addValue(out.files, name, data(content));
        else
            addValue(out.form, name, QString::fromUtf8(content));
        pos = next + 2;
    }
}

} // namespace

QString titleCase(const QByteArray &name)
{
    QString out = QString::fromLatin1(name);
    bool upper = true;
    for (QChar &c : out) {
        if (c.isLetter()) {
            c = upper ? c.toUpper() : c.toLower();
            upper = false;
        } else {
            upper = true;
        }
    }
    return out;
}

QJsonObject args(const ServerRequest &request)
{
    QJsonObject out;
    const QUrlQuery query(request.url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        addValue(out, name, value);
    return out;
}

QJsonObject headers(const ServerRequest &request)
{
    // A WSGI server folds repeated headers into one, joined by ", ".
    QJsonObject out;
    for (const auto &[name, value] : request.headers) {
        const QString key = titleCase(name);
        const QString text = QString::fromLatin1(value);
        const auto it = out.find(key);
        if (it == out.end())
            out.insert(key, text);
        else
            *it = QString(it->toString() + QStringLiteral(", ") + text);
    }
    return out;
}

FormData form(const ServerRequest &request)
{
    FormData out;
    const QByteArray type = request.header("content-type");
    const QByteArray mime = type.split(';').first().trimmed().toLower();
    if (mime == "application/x-www-form-urlencoded") {
        out.isForm = true;
        parseUrlEncoded(request.body, out.form);
    } else if (mime == "multipart/form-data") {
        out.isForm = true;
        out.error = parseMultipart(request.body, headerParameter(type, "boundary"), out);
    }
    return out;
}

QString data(const QByteArray &body)
{
    if (const auto text = utf8(body))
        return *text;
    return QStringLiteral("data:application/octet-stream;base64,")
           + QString::fromLatin1(body.toBase64());
}

QJsonValue json(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return QJsonValue::Null;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString url(const ServerRequest &request)
{
    // werkzeug reports an IRI: non-ASCII characters decoded, ASCII ones (%20, %2F) as sent.
    return request.url.toString(QUrl::EncodeSpaces | QUrl::EncodeDelimiters | QUrl::EncodeReserved);
}

QJsonObject basic(const ServerRequest &request)
{
    return QJsonObject{{QStringLiteral("args"), args(request)},
                       {QStringLiteral("headers"), headers(request)},
                       {QStringLiteral("origin"), request.remoteAddress},
                       {QStringLiteral("url"), url(request)}};
}

QJsonObject full(const ServerRequest &request, bool withMethod)
{
    const FormData f = form(request);
    QJsonObject out = basic(request);
    out.insert(QStringLiteral("form"), f.form);
    out.insert(QStringLiteral("files"), f.files);
    out.insert(QStringLiteral("data"), f.isForm ? QString() : data(request.body));
    out.insert(QStringLiteral("json"),
               f.isForm ? QJsonValue(QJsonValue::Null) : json(request.body));
    if (withMethod)
        out.insert(QStringLiteral("method"), request.method);
    return out;
}

} // namespace wirescope::server::echo
