#include "core/interop/harimporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace wirescope::interop {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

KeyValueList nameValues(const QJsonValue &value)
{
    KeyValueList out;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        appendRow(out, {scalarText(o.value(QLatin1String("name"))),
                        scalarText(o.value(QLatin1String("value"))), true,
                        scalarText(o.value(QLatin1String("comment")))});
    }
    return out;
}

Body postData(const QJsonValue &value, const QString &path, ImportReport &report)
{
    Body b;
    const QJsonObject o = value.toObject();
    const QString mimeType = o.value(QLatin1String("mimeType")).toString();
    const QJsonArray params = o.value(QLatin1String("params")).toArray();
    const QString text = scalarText(o.value(QLatin1String("text")));
    if (!params.isEmpty() && mimeType.contains(QLatin1String("multipart"), Qt::CaseInsensitive)) {
        b.kind = BodyKind::Multipart;
        for (const QJsonValue &entry : params) {
            const QJsonObject p = entry.toObject();
            MultipartPart part;
            part.name = scalarText(p.value(QLatin1String("name")));
            part.contentType = p.value(QLatin1String("contentType")).toString();
            const QString fileName = p.value(QLatin1String("fileName")).toString();
            if (!fileName.isEmpty()) {
                part.isFile = true;
                part.filePath = fileName;
                report.warning(path, QStringLiteral("form part '%1' was the file '%2': choose the "
                                                    "file again before sending (HAR keeps only "
                                                    "its name)")
                                         .arg(part.name, fileName));
            } else {
                part.value = scalarText(p.value(QLatin1String("value")));
            }
            b.multipart.append(part);
        }
    } else if (!params.isEmpty() && text.isEmpty()) {
        b.kind = BodyKind::FormUrlEncoded;
        for (const QJsonValue &entry : params) {
            const QJsonObject p = entry.toObject();
            // HAR records the wire form (percent-encoded); the form table holds plain values.
            auto decode = [](const QString &s) {
                QString plus = s;
                plus.replace(QLatin1Char('+'), QLatin1Char(' '));
                return QUrl::fromPercentEncoding(plus.toUtf8());
            };
            appendRow(b.form,
                      {decode(scalarText(p.value(QLatin1String("name")))),
                       decode(scalarText(p.value(QLatin1String("value")))), true, QString()});
        }
    } else if (!text.isEmpty()) {
        b.kind = BodyKind::Raw;
        b.raw = text;
        b.language = languageForMimeType(mimeType);
    }
    return b;
}

ExampleResponse response(const QJsonObject &o, const QString &path, ImportReport &report)
{
    ExampleResponse r;
    r.status = o.value(QLatin1String("status")).toInt();
    r.reason = scalarText(o.value(QLatin1String("statusText")));
    r.name = r.reason.isEmpty() ? QStringLiteral("Recorded %1").arg(r.status)
                                : QStringLiteral("Recorded %1 %2").arg(r.status).arg(r.reason);
    r.headers = nameValues(o.value(QLatin1String("headers")));
    const QJsonObject content = o.value(QLatin1String("content")).toObject();
    const QString text = scalarText(content.value(QLatin1String("text")));
    if (content.value(QLatin1String("encoding")).toString() == QLatin1String("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            r.body = *decoded;
        } else {
            r.body = text.toUtf8();
            report.warning(path, QStringLiteral("the recorded response says base64 but is not; "
                                                "kept as text"));
        }
    } else {
        r.body = text.toUtf8();
    }
    const qint64 size = content.value(QLatin1String("size")).toInteger();
    if (text.isEmpty() && size > 0)
        report.info(path, QStringLiteral("the recorded response body (%1 bytes) was not saved in "
                                         "the HAR file")
                              .arg(size));
    return r;
}

} // namespace

Result<ImportResult> importHar(const QJsonValue &root)
{
    const QJsonObject log = root.toObject().value(QLatin1String("log")).toObject();
    const QJsonValue entries = log.value(QLatin1String("entries"));
    if (!entries.isArray())
        return parseError(QStringLiteral("not a HAR file: no 'log.entries' list"));

    ImportResult result;
    result.format = ImportFormat::Har;
    Collection &c = result.collection;
    c.id = newItemId();
    const QString creator =
        log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString();
    if (!creator.isEmpty())
        c.description = QStringLiteral("Recorded by %1").arg(creator);
    ImportReport &report = result.report;

    int index = 0;
    bool notedPseudo = false;
    for (const QJsonValue &entryValue : entries.toArray()) {
        ++index;
        const QJsonObject entry = entryValue.toObject();
        const QJsonObject req = entry.value(QLatin1String("request")).toObject();
        HttpItem item;
        Request &r = item.request;
        r.id = newItemId();
        r.method = scalarText(req.value(QLatin1String("method"))).toUpper();
        if (r.method.isEmpty())
            r.method = QStringLiteral("GET");
        r.url = scalarText(req.value(QLatin1String("url")));
        r.name = QStringLiteral("%1 %2").arg(r.method, r.url.isEmpty() ? QStringLiteral("(no URL)")
                                                                       : r.url.left(200));
        const QString path = QStringLiteral("#%1 %2").arg(index).arg(r.name);
        if (r.url.isEmpty())
            report.warning(path, QStringLiteral("entry %1 has no URL").arg(index));
        if (!entryValue.isObject() || req.isEmpty())
            report.warning(path, QStringLiteral("entry %1 has no request").arg(index));

        // The URL normally carries the query already; queryString only adds what it lacks.
        const KeyValueList query = nameValues(req.value(QLatin1String("queryString")));
        r.queryParams = parseQuery(r.url);
        if (!r.url.contains(QLatin1Char('?')) && !query.isEmpty()) {
            r.queryParams = query;
            r.url = urlWithQuery(r.url, query);
        }

        for (const KeyValue &h : nameValues(req.value(QLatin1String("headers")))) {
            if (h.name.startsWith(QLatin1Char(':'))) {
                if (!notedPseudo)
                    report.info(QString(), QStringLiteral("HTTP/2 pseudo-headers (:method, :path, "
                                                          "...) were left out; the method and URL "
                                                          "carry them"));
                notedPseudo = true;
                continue;
            }
            if (h.name.compare(QLatin1String("content-length"), Qt::CaseInsensitive) == 0)
                continue; // computed from the body when sending
            r.headers.append(h);
        }
        // The cookies list repeats what the Cookie header sends; only add cookies it lacks when
        // there is no header at all (browsers that record cookies separately).
        const KeyValueList cookies = nameValues(req.value(QLatin1String("cookies")));
        if (!cookies.isEmpty()) {
            if (containsName(r.headers, u"Cookie")) {
                const QString header = firstValue(r.headers, u"Cookie");
                QStringList missing;
                for (const KeyValue &cookie : cookies) {
                    if (!header.contains(cookie.name + QLatin1Char('=')))
                        missing.append(cookie.name);
                }
                if (!missing.isEmpty())
                    report.info(path, QStringLiteral("cookies %1 are listed in the HAR but not in "
                                                     "the Cookie header that was sent; not added")
                                          .arg(missing.join(QStringLiteral(", "))));
            } else {
                QStringList pairs;
                for (const KeyValue &cookie : cookies)
                    pairs.append(cookie.name + QLatin1Char('=') + cookie.value);
                r.headers.append(
                    {QStringLiteral("Cookie"), pairs.join(QStringLiteral("; ")), true, QString()});
            }
        }
        r.body = postData(req.value(QLatin1String("postData")), path, report);
        const QString mime = req.value(QLatin1String("postData"))
                                 .toObject()
                                 .value(QLatin1String("mimeType"))
                                 .toString();
        if (r.body.kind == BodyKind::Raw && !mime.isEmpty()
            && !containsName(r.headers, u"Content-Type"))
            r.headers.append({QStringLiteral("Content-Type"), mime, true, QString()});

        const QJsonValue resp = entry.value(QLatin1String("response"));
        if (resp.isObject() && resp.toObject().value(QLatin1String("status")).toInt() > 0)
            item.examples.append(response(resp.toObject(), path, report));
        c.items.push_back(CollectionItem{std::move(item)});
    }
    return result;
}

} // namespace wirescope::interop
