#pragma once

#include "core/model/collection.h"
#include "core/server/serverrequest.h"
#include "core/server/serverresponse.h"

#include <QStringList>

namespace wirescope::server {

/// Mock mode: answers requests with the examples saved in a collection.
///
/// A request matches a saved request when the methods are equal (case-insensitive) and the
/// paths have the same segments, where a saved segment `:name` or `{{name}}` matches any one
/// segment. The saved URL's origin is ignored: a leading `{{baseUrl}}`-style variable or a
/// `scheme://host:port` is stripped, and so are the query and fragment. When several saved
/// requests match, the one with the most literal segments wins (then collection order).
/// Among its examples, the header `x-mock-response-name` picks one by name and
/// `x-mock-response-code` by status (as Postman's mock servers do); otherwise the first.
class MockResponder final
{
public:
    explicit MockResponder(const Collection &collection);

    /// The saved example for @p request, or a 404 JSON error naming the method and path.
    ServerResponse respond(const ServerRequest &request) const;

    /// True when a saved request matches @p request.
    bool matches(const ServerRequest &request) const;

    /// Number of saved requests with at least one example.
    int routeCount() const { return int(m_routes.size()); }

    /// The path segments of a saved request URL, origin, query and fragment stripped:
    /// "{{baseUrl}}/users/:id?x=1" -> ["users", ":id"].
    static QStringList templateSegments(const QString &url);

private:
    struct Route
    {
        QString method;
        QStringList segments;
        QList<ExampleResponse> examples;
    };
    const Route *bestRoute(const ServerRequest &request) const;
    void collect(const std::vector<CollectionItem> &items);

    QList<Route> m_routes;
};

} // namespace wirescope::server
