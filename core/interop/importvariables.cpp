#include "core/interop/importvariables.h"

#include "core/model/collectionwalk.h"
#include "core/vars/resolver.h"

namespace wirescope::interop {

namespace {

constexpr int kMaxListed = 20; // names in one note; the rest are counted

void define(VariableContext &context, VariableScope scope, const VariableList &vars)
{
    for (const Variable &v : vars) {
        if (v.enabled && !v.name.isEmpty())
            context.set(scope, v.name, QString());
    }
}

void defineFolders(VariableContext &context, const std::vector<CollectionItem> &items)
{
    for (const CollectionItem &item : items) {
        if (const auto *folder = std::get_if<Folder>(&item.node)) {
            define(context, VariableScope::Local, folder->variables);
            defineFolders(context, folder->children);
        }
    }
}

/// Every {{name}} the requests send with, each once, in order; names @p context defines are
/// left out.
QStringList usedNames(const Collection &c, const VariableContext &context)
{
    const DynamicVariables none{[] { return QString(); }, [] { return qint64(0); },
                                [] {
                                    return 0;
                                }};
    QStringList names;
    for (const RequestRef &ref : flattenRequests(c)) {
        Request request;
        if (const auto *http = std::get_if<HttpItem>(&ref.item->node)) {
            request = http->request;
        } else if (const auto *ws = std::get_if<WebSocketItem>(&ref.item->node)) {
            request.url = ws->request.url;
            request.headers = ws->request.headers;
            request.auth = ws->request.auth;
        }
        const Request effective = withInheritedDefaults(c, ref.ancestors, request);
        resolveRequest(effective, context, none, &names);
        // OAuth 2 fields are resolved by the token flow, not with the request.
        const OAuth2Settings &o = effective.auth.oauth2;
        if (effective.auth.kind == AuthKind::OAuth2) {
            for (const QString *field :
                 {&o.discoveryUrl, &o.authUrl, &o.tokenUrl, &o.clientId, &o.clientSecret, &o.scope,
                  &o.audience, &o.resource, &o.redirectUrl, &o.refreshToken}) {
                for (const QString &name : resolveText(*field, context, none).unresolved) {
                    if (!names.contains(name))
                        names.append(name);
                }
            }
        }
    }
    names.removeIf([](const QString &name) { return name.startsWith(QLatin1Char('$')); });
    return names;
}

QString listed(const QStringList &names)
{
    QStringList shown;
    for (const QString &name : names.mid(0, kMaxListed))
        shown.append(QStringLiteral("{{%1}}").arg(name.left(80)));
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > kMaxListed)
        text += QStringLiteral(" and %1 more").arg(names.size() - kMaxListed);
    return text;
}

} // namespace

void reportNeededVariables(ImportResult &result)
{
    const Collection &c = result.collection;
    if (c.items.empty())
        return;
    VariableContext defined;
    define(defined, VariableScope::Collection, c.variables);
    for (const Environment &e : result.environments + c.environments)
        define(defined, VariableScope::Environment, e.variables);
    defineFolders(defined, c.items);
    const QStringList missing = usedNames(c, defined);
    if (!missing.isEmpty())
        result.report.warning(QString(),
                              QStringLiteral("the requests use %1, which nothing in the file "
                                             "defines: set them in an environment before sending")
                                  .arg(listed(missing)));

    const QStringList used = usedNames(c, VariableContext());
    QStringList blank;
    for (const Variable &v : c.variables) {
        if (v.enabled && v.value.isEmpty() && used.contains(v.name) && !blank.contains(v.name))
            blank.append(v.name);
    }
    if (!blank.isEmpty())
        result.report.info(QString(), QStringLiteral("collection variables to fill in before "
                                                     "sending: %1")
                                          .arg(listed(blank)));
}

} // namespace wirescope::interop
