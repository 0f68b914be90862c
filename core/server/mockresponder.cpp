#include "core/server/mockresponder.h"

#include "core/server/httpbinresponder.h"

#include <QRegularExpression>

namespace wirescope::server {

namespace {

bool isVariableSegment(const QString &segment)
{
    static const QRegularExpression wholeVariable(QStringLiteral("^\\{\\{[^{}]+\\}\\}$"));
    return segment.startsWith(u':') || wholeVariable.match(segment).hasMatch();
}

QStringList pathSegments(const QString &path)
{
    QStringList out;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts))
        out.append(QUrl::fromPercentEncoding(s.toUtf8()));
    return out;
}

/// -1 when @p segments don't match @p pattern, else the number of literal segments matched.
int score(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size())
        return -1;
    int literal = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isVariableSegment(pattern.at(i)))
            continue;
        if (pattern.at(i) != segments.at(i))
            return -1;
        ++literal;
    }
    return literal;
}

} // namespace

MockResponder::MockResponder(const Collection &collection)
{
    collect(collection.items);
}

void MockResponder::collect(const std::vector<CollectionItem> &items)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            collect(folder->children);
        } else if (const auto *http = std::get_if<HttpItem>(&item.node)) {
            if (http->examples.isEmpty())
                continue;
            m_routes.append({http->request.method.toUpper(), templateSegments(http->request.url),
                             http->examples});
        }
    }
}

QStringList MockResponder::templateSegments(const QString &url)
{
    QString rest = url.trimmed();
    const qsizetype cut = rest.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        rest.truncate(cut);
    static const QRegularExpression leadingVariable(QStringLiteral("^\\{\\{[^{}]+\\}\\}"));
    static const QRegularExpression leadingOrigin(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*"));
    if (const auto m = leadingVariable.match(rest); m.hasMatch()) {
        rest = rest.mid(m.capturedLength());
    } else if (const auto o = leadingOrigin.match(rest); o.hasMatch()) {
        rest = rest.mid(o.capturedLength());
    } else if (!rest.startsWith(u'/')) {
        // "example.com/users" or "localhost:3000/users": the first segment is a host.
        const qsizetype slash = rest.indexOf(u'/');
        rest = slash < 0 ? QString() : rest.mid(slash);
    }
    return pathSegments(rest);
}

const MockResponder::Route *MockResponder::bestRoute(const ServerRequest &request) const
{
    const QStringList segments = pathSegments(request.url.path(QUrl::FullyEncoded));
    const QString method =
        request.method == QLatin1String("HEAD") ? QStringLiteral("GET") : request.method;
    const Route *best = nullptr;
    int bestScore = -1;
    for (const Route &route : m_routes) {
        if (route.method != method && route.method != request.method)
            continue;
        const int s = score(route.segments, segments);
        if (s > bestScore) {
            best = &route;
            bestScore = s;
        }
    }
    return best;
}

bool MockResponder::matches(const ServerRequest &request) const
{
    return bestRoute(request) != nullptr;
}

ServerResponse MockResponder::respond(const ServerRequest &request) const
{
    const Route *route = bestRoute(request);
    if (!route)
        return HttpbinResponder::error(
            404, QStringLiteral("no saved example matches %1 %2 (%3 saved requests have examples)")
                     .arg(request.method, request.url.path())
                     .arg(m_routes.size()));

    const ExampleResponse *chosen = &route->examples.first();
    const QString wantedName = QString::fromUtf8(request.header("x-mock-response-name"));
    const QByteArray wantedCode = request.header("x-mock-response-code");
    for (const ExampleResponse &example : route->examples) {
        if ((!wantedName.isEmpty() && example.name == wantedName)
            || (!wantedCode.isEmpty()
                && QByteArray::number(example.status) == wantedCode.trimmed())) {
            chosen = &example;
            break;
        }
    }

    ServerResponse out;
    out.status = chosen->status > 0 ? chosen->status : 200;
    out.reason = chosen->reason.toUtf8();
    out.body = chosen->body;
    // The saved body is stored decoded and whole: framing and encoding headers recorded
    // with it would describe bytes we don't send.
    static const QStringList kDropped = {
        QStringLiteral("content-length"), QStringLiteral("transfer-encoding"),
        QStringLiteral("content-encoding"), QStringLiteral("connection")};
    for (const KeyValue &h : chosen->headers) {
        if (h.enabled && !kDropped.contains(h.name.toLower()))
            out.setHeader(h.name.toUtf8(), h.value.toUtf8());
    }
    return out;
}

} // namespace wirescope::server
