#include "core/http/urlparams.h"

#include <QUrl>

namespace wirescope {

namespace {

struct UrlParts
{
    QStringView head;     ///< scheme://authority/path
    QStringView query;    ///< without '?'
    QStringView fragment; ///< with '#', may be empty
    bool hasQuery = false;
};

UrlParts split(QStringView url)
{
    UrlParts p;
    qsizetype hash = url.indexOf(u'#');
    if (hash < 0)
        hash = url.size();
    p.fragment = url.mid(hash);
    const QStringView beforeFragment = url.left(hash);
    const qsizetype q = beforeFragment.indexOf(u'?');
    if (q < 0) {
        p.head = beforeFragment;
    } else {
        p.head = beforeFragment.left(q);
        p.query = beforeFragment.mid(q + 1);
        p.hasQuery = true;
    }
    return p;
}

/// The [start, end) range of the path within head (after scheme://authority).
QPair<qsizetype, qsizetype> pathRange(QStringView head)
{
    qsizetype start = 0;
    const qsizetype scheme = head.indexOf(u"://");
    if (scheme >= 0) {
        const qsizetype slash = head.indexOf(u'/', scheme + 3);
        start = slash < 0 ? head.size() : slash;
    }
    return {start, head.size()};
}

} // namespace

KeyValueList parseQuery(QStringView url)
{
    KeyValueList out;
    const UrlParts parts = split(url);
    if (!parts.hasQuery || parts.query.isEmpty())
        return out;
    for (QStringView pair : parts.query.split(u'&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(u'=');
        KeyValue kv;
        kv.name = (eq < 0 ? pair : pair.left(eq)).toString();
        kv.value = eq < 0 ? QString() : pair.mid(eq + 1).toString();
        out.append(kv);
    }
    return out;
}

QString urlWithQuery(QStringView url, const KeyValueList &params)
{
    const UrlParts parts = split(url);
    QString query;
    for (const KeyValue &kv : params) {
        if (!kv.enabled)
            continue;
        if (!query.isEmpty())
            query += u'&';
        query += kv.name;
        if (!kv.value.isEmpty())
            query += u'=' + kv.value;
    }
    QString out = parts.head.toString();
    if (!query.isEmpty())
        out += u'?' + query;
    out += parts.fragment;
    return out;
}

KeyValueList mergeQueryFromUrl(QStringView url, const KeyValueList &previous)
{
    const KeyValueList fromUrl = parseQuery(url);
    KeyValueList out;
    qsizetype next = 0; // next row of fromUrl to place
    for (const KeyValue &old : previous) {
        if (!old.enabled) {
            out.append(old);
            continue;
        }
        if (next < fromUrl.size()) {
            KeyValue kv = fromUrl.at(next++);
            kv.description = old.description;
            out.append(kv);
        }
    }
    for (; next < fromUrl.size(); ++next)
        out.append(fromUrl.at(next));
    return out;
}

QStringList pathVariableNames(QStringView url)
{
    QStringList names;
    const UrlParts parts = split(url);
    const auto [start, end] = pathRange(parts.head);
    const QStringView path = parts.head.mid(start, end - start);
    for (QStringView segment : path.split(u'/')) {
        if (segment.size() > 1 && segment.front() == u':') {
            const QString name = segment.mid(1).toString();
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

KeyValueList mergePathVariables(QStringView url, const KeyValueList &previous)
{
    KeyValueList out;
    for (const QString &name : pathVariableNames(url)) {
        KeyValue kv;
        kv.name = name;
        for (const KeyValue &old : previous) {
            if (old.name == name) {
                kv = old;
                break;
            }
        }
        out.append(kv);
    }
    return out;
}

QString substitutePathVariables(QStringView url, const KeyValueList &variables)
{
    const UrlParts parts = split(url);
    const auto [start, end] = pathRange(parts.head);
    QStringList segments = parts.head.mid(start, end - start).toString().split(u'/');
    for (QString &segment : segments) {
        if (segment.size() < 2 || segment.front() != u':')
            continue;
        const QStringView name = QStringView(segment).mid(1);
        for (const KeyValue &kv : variables) {
            if (kv.enabled && kv.name == name && !kv.value.isEmpty()) {
                segment = QString::fromLatin1(QUrl::toPercentEncoding(kv.value));
                break;
            }
        }
    }
    QString out = parts.head.left(start).toString() + segments.join(u'/');
    if (parts.hasQuery)
        out += u'?' + parts.query;
    out += parts.fragment;
    return out;
}

} // namespace wirescope
