#include "ui/request/headerdelegate.h"

#include "ui/models/keyvaluemodel.h"

#include <QCompleter>
#include <QLineEdit>

namespace wirescope {

namespace {

const char *const s_names[] = {"Accept",
                               "Accept-Charset",
                               "Accept-Encoding",
                               "Accept-Language",
                               "Access-Control-Request-Headers",
                               "Access-Control-Request-Method",
                               "Authorization",
                               "Cache-Control",
                               "Connection",
                               "Content-Disposition",
                               "Content-Encoding",
                               "Content-Language",
                               "Content-Length",
                               "Content-MD5",
                               "Content-Type",
                               "Cookie",
                               "DNT",
                               "Date",
                               "Expect",
                               "Forwarded",
                               "From",
                               "Host",
                               "If-Match",
                               "If-Modified-Since",
                               "If-None-Match",
                               "If-Range",
                               "If-Unmodified-Since",
                               "Keep-Alive",
                               "Max-Forwards",
                               "Origin",
                               "Pragma",
                               "Prefer",
                               "Proxy-Authorization",
                               "Range",
                               "Referer",
                               "TE",
                               "Trailer",
                               "Transfer-Encoding",
                               "Upgrade",
                               "User-Agent",
                               "Via",
                               "Warning",
                               "X-API-Key",
                               "X-Correlation-ID",
                               "X-Forwarded-For",
                               "X-Forwarded-Host",
                               "X-Forwarded-Proto",
                               "X-Request-ID",
                               "X-Requested-With"};

const char *const s_mediaTypes[] = {"application/json",
                                    "application/xml",
                                    "application/x-www-form-urlencoded",
                                    "multipart/form-data",
                                    "text/plain",
                                    "text/html",
                                    "text/xml",
                                    "text/csv",
                                    "application/octet-stream",
                                    "application/javascript",
                                    "application/graphql",
                                    "application/ld+json",
                                    "application/problem+json",
                                    "application/x-ndjson",
                                    "application/pdf",
                                    "image/png",
                                    "image/jpeg",
                                    "image/svg+xml"};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QLatin1String(item));
    return out;
}

} // namespace

HeaderDelegate::HeaderDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QStringList HeaderDelegate::headerNames()
{
    QStringList names;
    for (const char *name : s_names)
        names.append(QLatin1String(name));
    return names;
}

QStringList HeaderDelegate::valuesFor(const QString &headerName)
{
    const QString name = headerName.trimmed().toLower();
    if (name == QLatin1String("content-type")) {
        QStringList values;
        for (const char *type : s_mediaTypes)
            values.append(QLatin1String(type));
        values.insert(1, QStringLiteral("application/json; charset=utf-8"));
        return values;
    }
    if (name == QLatin1String("accept")) {
        QStringList values{QStringLiteral("*/*")};
        for (const char *type : s_mediaTypes)
            values.append(QLatin1String(type));
        values.append(QStringLiteral("text/event-stream"));
        return values;
    }
    if (name == QLatin1String("authorization") || name == QLatin1String("proxy-authorization"))
        return list({"Bearer {{token}}", "Basic ", "Bearer ", "Digest ", "ApiKey "});
    if (name == QLatin1String("accept-encoding"))
        return list(
            {"gzip, deflate, br", "gzip, deflate", "gzip", "deflate", "br", "identity", "*"});
    if (name == QLatin1String("cache-control"))
        return list({"no-cache", "no-store", "max-age=0", "max-age=3600", "no-transform",
                     "only-if-cached", "max-stale", "min-fresh=60"});
    return {};
}

QWidget *HeaderDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    QStringList words;
    if (index.column() == KeyValueModel::NameColumn) {
        line->setObjectName(QStringLiteral("headerNameEditor"));
        words = headerNames();
    } else if (index.column() == KeyValueModel::ValueColumn) {
        line->setObjectName(QStringLiteral("headerValueEditor"));
        words = valuesFor(
            index.siblingAtColumn(KeyValueModel::NameColumn).data(Qt::EditRole).toString());
    }
    if (words.isEmpty())
        return editor;
    auto *completer = new QCompleter(words, line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    line->setCompleter(completer);
    return editor;
}

} // namespace wirescope
