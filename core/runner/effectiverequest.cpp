#include "core/runner/effectiverequest.h"

namespace wirescope {

namespace {

void addScripts(QList<ScriptSource> &out,
                const QList<ImportedScript> &scripts,
                const QString &event,
                const QString &origin)
{
    for (const ImportedScript &s : scripts) {
        if (s.event == event && !s.source.trimmed().isEmpty())
            out.append(ScriptSource{origin, s.source});
    }
}

void addLayer(EffectiveRequest &out, const QList<ImportedScript> &scripts, const QString &origin)
{
    addScripts(out.preRequestScripts, scripts, QStringLiteral("prerequest"), origin);
    addScripts(out.testScripts, scripts, QStringLiteral("test"), origin);
}

} // namespace

EffectiveRequest effectiveRequest(const Collection &collection,
                                  const QList<const Folder *> &ancestors,
                                  const HttpItem &item)
{
    EffectiveRequest out;
    out.request = withInheritedDefaults(collection, ancestors, item.request);
    out.assertions = item.assertions;
    out.captures = item.captures;
    addLayer(out, collection.scripts, QStringLiteral("collection"));
    for (const Folder *folder : ancestors) {
        addLayer(out, folder->scripts, QStringLiteral("folder ") + folder->name);
        for (const Variable &v : folder->variables) {
            if (v.enabled && !v.name.isEmpty())
                out.folderVariables.append(v);
        }
    }
    addLayer(out, item.scripts, QStringLiteral("request"));
    return out;
}

std::optional<RequestRef> findRequest(const Collection &collection, const QString &itemId)
{
    if (itemId.isEmpty())
        return std::nullopt;
    for (const RequestRef &ref : flattenRequests(collection)) {
        if (ref.item->id() == itemId)
            return ref;
    }
    return std::nullopt;
}

EffectiveRequest
effectiveRequest(const Collection *collection, const QString &itemId, const HttpItem &item)
{
    if (collection) {
        if (const std::optional<RequestRef> ref = findRequest(*collection, itemId))
            return effectiveRequest(*collection, ref->ancestors, item);
    }
    // A loose request inherits nothing: it is sent as it stands.
    EffectiveRequest out;
    out.request = item.request;
    out.assertions = item.assertions;
    out.captures = item.captures;
    addLayer(out, item.scripts, QStringLiteral("request"));
    return out;
}

} // namespace wirescope
